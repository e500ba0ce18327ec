"""What every core feature may share: field errors, progress/cancel, periods, money, bilingual text."""

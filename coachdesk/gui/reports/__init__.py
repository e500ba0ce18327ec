"""The Reports tab: generate a team's printed coaching plan or wall poster, preview it in the app, print or save it."""

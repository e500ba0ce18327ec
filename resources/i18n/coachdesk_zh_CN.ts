<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>添加行动项</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>编辑行动项</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>行动项(&amp;A)：</translation>
    </message>
    <message>
        <source>Owner &amp;role:</source>
        <translation>负责人角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Owner (&amp;member):</source>
        <translation>负责人（成员）(&amp;M)：</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>— nobody in particular —</source>
        <translation>— 不指定具体成员 —</translation>
    </message>
</context>
<context>
    <name>ActionPlanPanel</name>
    <message>
        <source>Mark %1 done</source>
        <translation>将“%1”标记为已完成</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>放弃“%1”</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开“%1”</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>编辑行动项“%1”</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>添加行动项“%1”</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>删除行动项“%1”</translation>
    </message>
    <message>
        <source>Edit plan notes</source>
        <translation>编辑计划备注</translation>
    </message>
    <message>
        <source>Diagnose the team first: a plan is made from the prescription of its diagnosis.</source>
        <translation>请先诊断团队：行动计划要根据诊断给出的建议做法来制定。</translation>
    </message>
    <message>
        <source>New Action Plan</source>
        <translation>新建行动计划</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>新建行动计划</translation>
    </message>
    <message>
        <source>Current plan, %1</source>
        <translation>当前计划，%1</translation>
    </message>
    <message>
        <source>Earlier plan, %1</source>
        <translation>以前的计划，%1</translation>
    </message>
    <message>
        <source>Choose a team to see its action plan.</source>
        <translation>请选择一个团队以查看其行动计划。</translation>
    </message>
    <message>
        <source>No action plan yet: diagnose the team and make a plan from its prescription</source>
        <translation>还没有行动计划：请先诊断团队，再根据建议做法制定计划</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a plan from the current diagnosis and its prescription</source>
        <translation>根据当前诊断及其建议做法制定计划</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the chosen action done (Ctrl+D)</source>
        <translation>将选中的行动项标记为已完成 (Ctrl+D)</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>放弃(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the chosen action: it will not be done</source>
        <translation>放弃选中的行动项：不再执行</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen action again</source>
        <translation>重新打开选中的行动项</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the chosen action</source>
        <translation>修改选中的行动项</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>添加行动项(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an action to this plan</source>
        <translation>向本计划添加行动项</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the chosen action (Edit › Undo brings it back)</source>
        <translation>删除选中的行动项（可用“编辑 › 撤销”恢复）</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Still open from an earlier plan</source>
        <translation>从以前的计划顺延，仍在进行中</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>顺延</translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <source>&amp;Import Activity…</source>
        <translation>导入通话数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Import daily call figures from a CSV or Excel export into the current team</source>
        <translation>把 CSV 或 Excel 导出的每日通话数据导入当前团队</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>See the team&apos;s imports and undo one</source>
        <translation>查看团队的导入记录并可撤销</translation>
    </message>
    <message>
        <source>Enter &amp;Day&apos;s Figures…</source>
        <translation>录入当日数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Type one day&apos;s figures for the reps of the current team</source>
        <translation>为当前团队的业务员录入某一天的数据</translation>
    </message>
    <message>
        <source>Imported %1: %2 (import %3).</source>
        <translation>已导入 %1：%2（导入编号 %3）。</translation>
    </message>
    <message>
        <source>Saved %1: %2 (import %3).</source>
        <translation>已保存 %1：%2（导入编号 %3）。</translation>
    </message>
</context>
<context>
    <name>ActivityDashboard</name>
    <message>
        <source>Export Charts as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Save the KPIs and charts of this range as one PNG image</source>
        <translation>把本范围的指标和图表保存为一张 PNG 图片</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Filter reps by name, employee ID or group…</source>
        <translation>按姓名、工号或小组筛选业务员…</translation>
    </message>
    <message>
        <source>Double-click a rep or press Enter to see their daily chart</source>
        <translation>双击业务员或按 Enter 查看其每日图表</translation>
    </message>
    <message>
        <source>No call activity yet. Import a call-centre export (File → Import Activity…) or enter a day&apos;s figures by hand.</source>
        <translation>还没有通话数据。请导入呼叫中心导出文件（文件 → 导入通话数据…），或手动录入当日数据。</translation>
    </message>
    <message>
        <source>Show the Last 30 Days With Activity</source>
        <translation>显示最近 30 个有数据的日期</translation>
    </message>
    <message>
        <source>No call activity between %1 and %2.</source>
        <translation>%1 至 %2 期间没有通话数据。</translation>
    </message>
    <message>
        <source>This team&apos;s activity runs from %1 to %2.</source>
        <translation>本团队的数据从 %1 到 %2。</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days); changes are against the %3 days before.</source>
        <translation>%1 至 %2（%3 天）；变化与之前 %3 天相比。</translation>
    </message>
    <message>
        <source>Could not load the activity: %1</source>
        <translation>无法加载通话数据：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 of %2 reps</source>
        <translation>%1 / %2 名业务员</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>正在加载通话数据…</translation>
    </message>
    <message>
        <source>%1 — call activity</source>
        <translation>%1 — 通话活动</translation>
    </message>
</context>
<context>
    <name>AmendmentsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
</context>
<context>
    <name>AmendmentsPanel</name>
    <message>
        <source>Rules change only by an amendment with a reason once a contest has started; every amendment stays here for the team to see.</source>
        <translation>竞赛开始后，规则只能通过写明原因的修订来改；每次修订都留在这里，全队可见。</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Item</source>
        <translation>题号</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>coachdesk</source>
        <translation>coachdesk 教练台</translation>
    </message>
    <message>
        <source>Could not open the database:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>打开数据库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open or create a coachdesk SQLite file</source>
        <translation>打开或新建 coachdesk 的 SQLite 数据文件</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Add four demo teams, one in each stage</source>
        <translation>添加四个演示团队，分别处于四个阶段</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About coachdesk</source>
        <translation>关于 coachdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>coachdesk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>coachdesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Add the four demo teams (forming, storming, norming and performing) to this database?
Teams with the same names are replaced. This cannot be undone.</source>
        <translation>要把四个演示团队（磨合期、动乱期、安稳期、成熟期）添加到这个数据库吗？
同名团队会被替换，此操作无法撤销。</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在载入演示数据…</translation>
    </message>
    <message>
        <source>Could not load the demo data</source>
        <translation>无法载入演示数据</translation>
    </message>
    <message>
        <source>Demo data not loaded (cancelled).</source>
        <translation>已取消，未载入演示数据。</translation>
    </message>
    <message>
        <source>Loaded %1 demo teams with %2 people.</source>
        <translation>已载入 %1 个演示团队，共 %2 人。</translation>
    </message>
    <message>
        <source>About coachdesk</source>
        <translation>关于 coachdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;coachdesk %1&lt;/h3&gt;&lt;p&gt;Coaching desk for telephone-sales teams: follow each team through the forming, storming, norming and performing stages, split it into competing groups, drill the phone script and print coaching plans.&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;coachdesk 教练台 %1&lt;/h3&gt;&lt;p&gt;电话销售团队的辅导工具：跟踪每个团队经历磨合期、动乱期、安稳期和成熟期，划分相互竞赛的小组，演练电话话术，打印辅导计划。&lt;/p&gt;&lt;p&gt;中文字体：文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Add Audit</source>
        <translation>新增抽检</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>业务员(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>A&amp;uditor:</source>
        <translation>抽检人(&amp;U)：</translation>
    </message>
    <message>
        <source>Checklist (ticked: used):</source>
        <translation>检查项（勾选＝已使用）：</translation>
    </message>
    <message>
        <source>Compliance &amp;issues (one per line):</source>
        <translation>合规问题(&amp;I)（每行一条）：</translation>
    </message>
    <message>
        <source>&amp;Score (0–100):</source>
        <translation>评分(&amp;S)（0–100）：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>抽检人</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>话术执行率</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>遗漏：%1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message>
        <source>&amp;Add Audit…</source>
        <translation>新增抽检(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a mystery-shopper call or a call review</source>
        <translation>记录一次神秘访客来电或录音质检</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the chosen audit (Ctrl+Z undoes it)</source>
        <translation>删除所选抽检（Ctrl+Z 可撤销）</translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <source>Balance Groups — %1</source>
        <translation>均衡分组 — %1</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>组数(&amp;G)：</translation>
    </message>
    <message>
        <source>Strength &amp;by:</source>
        <translation>实力依据(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Over the last:</source>
        <translation>统计期(&amp;O)：近</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>签单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>业绩金额</translation>
    </message>
    <message>
        <source>Conversion (deals per connected call)</source>
        <translation>转化率（每接通签单）</translation>
    </message>
    <message>
        <source>Deals and revenue (2 : 1)</source>
        <translation>签单数与业绩（2 : 1）</translation>
    </message>
    <message>
        <source>&amp;Propose Again</source>
        <translation>重新分组(&amp;P)</translation>
    </message>
    <message>
        <source>Split the active reps again from their figures</source>
        <translation>按业务员的最新数据重新分组</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现有分组</translation>
    </message>
    <message>
        <source>Proposed — drag members between groups to adjust</source>
        <translation>建议分组 — 可拖动成员在组间调整</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Move the members into these groups from today (Ctrl+Z undoes it)</source>
        <translation>从今天起按此分组调整成员（可用 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the proposed split</source>
        <translation>回到建议的分组</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 单</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Balancing…</source>
        <translation>正在分组…</translation>
    </message>
    <message>
        <source>Could not balance the groups: %1</source>
        <translation>无法完成分组：%1</translation>
    </message>
    <message>
        <source>Cancelled: the split shown is the last one proposed.</source>
        <translation>已取消：显示的是上一次的建议分组。</translation>
    </message>
    <message>
        <source>%1 · %2 members</source>
        <translation>%1 · %2 人</translation>
    </message>
    <message>
        <source>No groups yet: applying creates them.</source>
        <translation>尚无小组：应用后将自动创建。</translation>
    </message>
    <message>
        <source>Group %1 · %2 members</source>
        <translation>第 %1 组 · %2 人</translation>
    </message>
    <message>
        <source> · %1 new</source>
        <translation> · 新人 %1</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新人）</translation>
    </message>
    <message>
        <source>★ group leader</source>
        <translation>★ 组长</translation>
    </message>
    <message>
        <source>* pro-rated: joined inside the window, figure per day worked × a typical rep&apos;s days</source>
        <translation>* 按比例折算：统计期内入职，按每个出勤日的成绩 × 典型业务员的出勤天数</translation>
    </message>
    <message>
        <source>* estimated: no history yet, the team&apos;s lower quartile</source>
        <translation>* 估算：尚无数据，取团队的下四分位数</translation>
    </message>
    <message>
        <source>Drop members here</source>
        <translation>拖放成员到这里</translation>
    </message>
    <message>
        <source>Adjusted by hand: spread %1 (%2 % of the mean group strength %3). The proposal&apos;s was %4.</source>
        <translation>已手动调整：强弱差 %1（占各组平均实力 %3 的 %2 %）。建议分组为 %4。</translation>
    </message>
    <message>
        <source>Spread %1 (%2 % of the mean group strength %3): no split can do better.</source>
        <translation>强弱差 %1（占各组平均实力 %3 的 %2 %）：已是最均衡的分法。</translation>
    </message>
    <message>
        <source>Spread %1 (%2 % of the mean group strength %3); no split can do better than %4.</source>
        <translation>强弱差 %1（占各组平均实力 %3 的 %2 %）；任何分法都不会小于 %4。</translation>
    </message>
    <message>
        <source>Now: spread %1 (%2 %).</source>
        <translation>现有分组：强弱差 %1（%2 %）。</translation>
    </message>
    <message>
        <source>★ leader · * estimated figure (%1 reps: joined recently or no history yet; hover for how). New hires are spread evenly; sizes differ by at most one.</source>
        <translation>★ 组长 · * 估算值（%1 人：新近入职或尚无数据；鼠标悬停查看算法）。新人平均分配到各组；各组人数最多相差一人。</translation>
    </message>
    <message>
        <source>★ leader · New hires are spread evenly; sizes differ by at most one.</source>
        <translation>★ 组长 · 新人平均分配到各组；各组人数最多相差一人。</translation>
    </message>
    <message>
        <source>Group sizes differ by %1 (at most one is fair).</source>
        <translation>各组人数相差 %1 人（最多相差一人才公平）。</translation>
    </message>
    <message>
        <source>New hires are no longer spread evenly.</source>
        <translation>新人已不再平均分配。</translation>
    </message>
    <message>
        <source>Group %1 is empty: move someone into it before applying.</source>
        <translation>第 %1 组没有成员：应用前请移入成员。</translation>
    </message>
    <message>
        <source>Group %1 has no leader.</source>
        <translation>第 %1 组没有组长。</translation>
    </message>
    <message>
        <source>Group %1 has %2 leaders; the strongest of them will lead.</source>
        <translation>第 %1 组有 %2 位组长；将由其中实力最强的一位担任组长。</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>第{n}组</translation>
    </message>
    <message>
        <source>Balance the groups of %1</source>
        <translation>均衡 %1 的分组</translation>
    </message>
</context>
<context>
    <name>BalanceProblems</name>
    <message>
        <source>a member is listed twice</source>
        <translation>有成员被重复列出</translation>
    </message>
    <message>
        <source>the number of groups must be at least 1, not %1</source>
        <translation>组数至少为 1，不能是 %1</translation>
    </message>
    <message>
        <source>%1 groups need at least %1 active reps; the team has %2</source>
        <translation>分成 %1 组至少需要 %1 名在职业务员；团队只有 %2 名</translation>
    </message>
    <message>
        <source>member %1 is not an active rep of the team</source>
        <translation>成员 %1 不是团队的在职业务员</translation>
    </message>
    <message>
        <source>%1 is paired with themself</source>
        <translation>%1 不能与自己配对</translation>
    </message>
    <message>
        <source>%1 and %2 must be kept together and apart at once</source>
        <translation>%1 和 %2 不能既要求同组又要求分开</translation>
    </message>
    <message>
        <source>%1 members kept together do not fit in a group of at most %2</source>
        <translation>要求同组的 %1 人放不进最多 %2 人的小组</translation>
    </message>
    <message>
        <source>new hires %1 are kept together, so the new hires cannot spread evenly over %2 groups (at most %3 per group)</source>
        <translation>新人 %1 被要求同组，新人无法平均分到 %2 个组（每组最多 %3 人）</translation>
    </message>
    <message>
        <source>the keep-together pairs leave fewer than %1 units that could each get a leader</source>
        <translation>同组要求使得可各配一位组长的单位少于 %1 个</translation>
    </message>
    <message>
        <source>the keep-together and keep-apart pairs cannot all be met with %1 groups</source>
        <translation>分成 %1 组时无法同时满足所有同组和分开的要求</translation>
    </message>
    <message>
        <source>the rules cannot all be met with %1 groups (sizes, one leader each, new hires spread evenly)</source>
        <translation>分成 %1 组时无法满足全部规则（人数、每组一位组长、新人平均分配）</translation>
    </message>
    <message>
        <source>choose at least one figure with a positive weight</source>
        <translation>请至少选择一项权重大于零的指标</translation>
    </message>
    <message>
        <source>the window must be 7 to 366 days, not %1</source>
        <translation>统计期须为 7 至 366 天，不能是 %1</translation>
    </message>
    <message>
        <source>“%1” is not the employee ID of an active rep of this team</source>
        <translation>“%1” 不是本团队在职业务员的工号</translation>
    </message>
    <message>
        <source>a member is in two proposed groups</source>
        <translation>有成员同时出现在两个建议小组中</translation>
    </message>
</context>
<context>
    <name>BankPanel</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete a question never asked (Ctrl+Z undoes it); retire one that was</source>
        <translation>删除从未被提问过的问题（Ctrl+Z 可撤销）；问过的请停用</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update questions from a CSV or .xlsx file (every row or none)</source>
        <translation>从 CSV 或 .xlsx 文件新增或更新问题（要么全部导入，要么都不导入）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the bank as a CSV file that imports back</source>
        <translation>将题库保存为可再导入的 CSV 文件</translation>
    </message>
    <message>
        <source>Filter questions, answers, tags…</source>
        <translation>筛选问题、答案、标签…</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>环节(&amp;S)：</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>%1 / %2 道题</translation>
    </message>
</context>
<context>
    <name>BoardTexts</name>
    <message>
        <source>%1 is not an active rep of this team on %2</source>
        <translation>%1 在 %2 不是本团队的在职业务员</translation>
    </message>
    <message>
        <source>The amount must be 0 or more, not %1</source>
        <translation>金额必须大于或等于 0，而不是 %1</translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>more deals</source>
        <translation>成交单数多者</translation>
    </message>
    <message>
        <source>more revenue</source>
        <translation>成交金额高者</translation>
    </message>
    <message>
        <source>more connected calls</source>
        <translation>接通次数多者</translation>
    </message>
    <message>
        <source>the same result from fewer calls</source>
        <translation>外呼次数少者</translation>
    </message>
    <message>
        <source>who got there first</source>
        <translation>先达到者</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Equal scores: %1</source>
        <translation>同分时依次比较：%1</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，其次</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / 目标 %2</translation>
    </message>
    <message>
        <source>progress to mid-board, by name</source>
        <translation>距榜单中位的进度，按姓名排序</translation>
    </message>
    <message>
        <source>progress to own target, by name</source>
        <translation>距个人目标的进度，按姓名排序</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 deals · %2</source>
        <translation>%1 单 · %2</translation>
    </message>
    <message>
        <source>No deals yet today — who opens the scoreboard?</source>
        <translation>今天还没有成交——谁来拿下第一单？</translation>
    </message>
    <message>
        <source>Today: %1 deals · %2</source>
        <translation>今日 %1 单 · %2</translation>
    </message>
</context>
<context>
    <name>CallsChart</name>
    <message>
        <source>Calls and connected calls per day</source>
        <translation>每日外呼与接通</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>外呼：%1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>接通：%1（%2）</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the Figures</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Every row is checked against the team before anything is saved.</source>
        <translation>保存之前，每一行都会对照团队名单检查。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Reps who are not in the team</source>
        <translation>不在团队中的业务员</translation>
    </message>
    <message>
        <source>&amp;Create them (hired on the first day seen)</source>
        <translation>创建这些业务员（入职日期为文件中首次出现的日期）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Leave their rows out</source>
        <translation>略过这些人的行(&amp;L)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 及另外 %1 项</translation>
    </message>
    <message>
        <source>%1 people in the file are not on the roster of %2: %3.</source>
        <translation>文件中有 %1 人不在 %2 的名单中：%3。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>无法检查文件。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>没有保存任何数据。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>Click Check Again to check the file.</source>
        <translation>点“重新检查”检查文件。</translation>
    </message>
    <message>
        <source>1 problem found: the file cannot be imported yet.</source>
        <translation>发现 1 个问题：文件暂时无法导入。</translation>
    </message>
    <message>
        <source>%1 problems found: the file cannot be imported yet.</source>
        <translation>发现 %1 个问题：文件暂时无法导入。</translation>
    </message>
    <message>
        <source>Nothing is imported while the file has problems. Fix the rows listed below in the file (for example in Excel), save it, then click Check Again.</source>
        <translation>文件有问题时不会导入任何数据。请在文件中（例如用 Excel）修正下列各行，保存后点“重新检查”。</translation>
    </message>
    <message>
        <source>Choose what to do with the people who are not in the team.</source>
        <translation>请选择如何处理不在团队中的人员。</translation>
    </message>
    <message>
        <source>The figures are counted once you have chosen.</source>
        <translation>做出选择后才会统计数据。</translation>
    </message>
    <message>
        <source>Ready to import: %1.</source>
        <translation>可以导入：%1。</translation>
    </message>
    <message>
        <source>%1 reps will be added to the team. </source>
        <translation>将向团队添加 %1 名业务员。</translation>
    </message>
    <message>
        <source>Click Import to save. The whole import can be undone later in Team → Import History.</source>
        <translation>点“导入”保存。之后可以在“团队 → 导入历史”中撤销整次导入。</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Say which column of the file holds each figure. Columns that were recognised are already chosen.</source>
        <translation>请指出每项数据在文件的哪一列。已识别的列已自动选好。</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>人员与日期</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>An employee ID column is best; names are used when there is none.</source>
        <translation>最好有工号列；没有工号时按姓名匹配。</translation>
    </message>
    <message>
        <source>Talk time &amp;unit:</source>
        <translation>通话时长单位(&amp;U)：</translation>
    </message>
    <message>
        <source>for plain numbers; values like 1:02:03 are read as h:mm:ss</source>
        <translation>用于纯数字；1:02:03 这样的值按 时:分:秒 读取</translation>
    </message>
    <message>
        <source>First %1 rows of %2 (row numbers as in the file):</source>
        <translation>%2 的前 %1 行（行号与文件一致）：</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>选择一列…</translation>
    </message>
    <message>
        <source>(not in this file — counts as 0)</source>
        <translation>（文件中没有此列 — 按 0 计）</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（文件中没有此列）</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请为以下字段选择列：%1。</translation>
    </message>
    <message>
        <source>Choose the column with the employee ID or the one with the name.</source>
        <translation>请选择工号列或姓名列。</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one field (%2).</source>
        <translation>“%1”被选给了多个字段（%2）。</translation>
    </message>
    <message>
        <source>Every needed column is chosen. Next checks the whole file; nothing is saved yet.</source>
        <translation>所需的列都已选择。点“下一步”检查整个文件，此时还不会保存。</translation>
    </message>
</context>
<context>
    <name>CompetitionsActions</name>
    <message>
        <source>&amp;Balance Groups…</source>
        <translation>均衡分组(&amp;B)…</translation>
    </message>
    <message>
        <source>Split the team&apos;s active reps into groups of equal strength, one leader each</source>
        <translation>把团队在职业务员分成实力相当的小组，每组一位组长</translation>
    </message>
    <message>
        <source>&amp;War-Room Board</source>
        <translation>作战室看板(&amp;W)</translation>
    </message>
    <message>
        <source>The team&apos;s contest full screen for the office TV or projector (F11; Esc closes it)</source>
        <translation>在办公室电视或投影上全屏显示团队比赛（F11；Esc 关闭）</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <source>Nothing changed yet.</source>
        <translation>尚未改动。</translation>
    </message>
    <message>
        <source>New Contest</source>
        <translation>新建竞赛</translation>
    </message>
    <message>
        <source>Edit Contest</source>
        <translation>编辑竞赛</translation>
    </message>
    <message>
        <source>Amend Rules</source>
        <translation>修订规则</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参赛方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Scoring:</source>
        <translation>计分(&amp;S)：</translation>
    </message>
    <message>
        <source>Group si&amp;zes:</source>
        <translation>小组人数(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Handicap:</source>
        <translation>让分(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ie-breaks:</source>
        <translation>同分规则(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Morning contest:</source>
        <translation>晨会比赛(&amp;M)：</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>发布(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>改动：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>each rep</source>
        <translation>每人</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>每组</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计分</translation>
    </message>
    <message>
        <source>points per win</source>
        <translation>分/每胜一场</translation>
    </message>
    <message>
        <source>Points the morning contest&apos;s winning group earns each day</source>
        <translation>每天晨会比赛获胜小组得到的积分</translation>
    </message>
    <message>
        <source>Published (untick to keep it a draft, not on the board)</source>
        <translation>已发布（取消勾选则为草稿，不上看板）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Equal scores are decided by the ticked rules from the top; the name decides last.</source>
        <translation>同分时按勾选的规则自上而下比较；最后按姓名。</translation>
    </message>
    <message>
        <source>Target and race contests rank by % of own target</source>
        <translation>目标赛和竞速赛按完成自身目标的百分比排名</translation>
    </message>
    <message>
        <source>Why the rules change (kept with the amendment and shown to the team)</source>
        <translation>规则为何要改（随修订保存并向全队展示）</translation>
    </message>
    <message>
        <source>The contest is running: its rules and last day change only by an amendment with a reason, which the page shows with what changed.</source>
        <translation>竞赛进行中：规则和最后一天只能通过写明原因的修订来改，页面会显示改了什么。</translation>
    </message>
    <message>
        <source>The contest is running: its rules are locked. Only the name can change here; use Amend Rules… to change the rules with a reason.</source>
        <translation>竞赛进行中：规则已锁定。这里只能改名称；要改规则请用“修订规则…”并写明原因。</translation>
    </message>
</context>
<context>
    <name>ContestEditor</name>
    <message>
        <source>Create contest %1</source>
        <translation>新建竞赛 %1</translation>
    </message>
    <message>
        <source>Edit contest %1</source>
        <translation>编辑竞赛 %1</translation>
    </message>
    <message>
        <source>Amend the rules of %1</source>
        <translation>修订 %1 的规则</translation>
    </message>
    <message>
        <source>Delete contest %1</source>
        <translation>删除竞赛 %1</translation>
    </message>
    <message>
        <source>Add duel</source>
        <translation>添加对决</translation>
    </message>
    <message>
        <source>Give points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Log deal</source>
        <translation>登记成交</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>删除成交</translation>
    </message>
    <message>
        <source>Log morning contest %1</source>
        <translation>登记晨会比赛 %1</translation>
    </message>
    <message>
        <source>Delete morning contest</source>
        <translation>删除晨会比赛</translation>
    </message>
    <message>
        <source>Add evening recap</source>
        <translation>添加晚会分享</translation>
    </message>
    <message>
        <source>Delete evening recap</source>
        <translation>删除晚会分享</translation>
    </message>
    <message>
        <source>Add promise</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <source>Mark promise delivered</source>
        <translation>标记承诺已兑现</translation>
    </message>
    <message>
        <source>Mark promise not delivered</source>
        <translation>标记承诺未兑现</translation>
    </message>
    <message>
        <source>Delete promise</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <source>Save support note</source>
        <translation>保存帮扶记录</translation>
    </message>
    <message>
        <source>Hide %1 from public boards</source>
        <translation>在公开看板上隐藏 %1</translation>
    </message>
    <message>
        <source>Show %1 on public boards</source>
        <translation>在公开看板上显示 %1</translation>
    </message>
</context>
<context>
    <name>ContestLabels</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Standard (one metric)</source>
        <translation>标准赛（单一指标）</translation>
    </message>
    <message>
        <source>Points (several metrics)</source>
        <translation>积分赛（多项指标）</translation>
    </message>
    <message>
        <source>Target (% of own target)</source>
        <translation>目标赛（完成自身目标的百分比）</translation>
    </message>
    <message>
        <source>Race (first to 100 % wins)</source>
        <translation>竞速赛（先到 100% 者胜）</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>竞速</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Hybrid (reps and their groups)</source>
        <translation>混合（个人及其小组）</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Revenue (per yuan)</source>
        <translation>成交额（按元）</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Connected calls</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Manual points</source>
        <translation>手动加分</translation>
    </message>
    <message>
        <source>per deal</source>
        <translation>/每单</translation>
    </message>
    <message>
        <source>per yuan</source>
        <translation>/每元</translation>
    </message>
    <message>
        <source>per call</source>
        <translation>/每通外呼</translation>
    </message>
    <message>
        <source>per connected call</source>
        <translation>/每次接通</translation>
    </message>
    <message>
        <source>per manual point</source>
        <translation>/每个手动分</translation>
    </message>
    <message>
        <source>Total (no adjustment)</source>
        <translation>总分（不调整）</translation>
    </message>
    <message>
        <source>Per head (points ÷ members)</source>
        <translation>人均（积分 ÷ 人数）</translation>
    </message>
    <message>
        <source>Size factor (points × mean size ÷ size)</source>
        <translation>人数系数（积分 × 平均人数 ÷ 人数）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>By tenure (under 30 days ×0.5, under 90 days ×0.75)</source>
        <translation>按司龄（不满 30 天 ×0.5，不满 90 天 ×0.75）</translation>
    </message>
    <message>
        <source>By past results (own ÷ team median, 0.5–1.5)</source>
        <translation>按以往成绩（本人 ÷ 团队中位数，0.5–1.5）</translation>
    </message>
    <message>
        <source>more deals</source>
        <translation>成交单数多者</translation>
    </message>
    <message>
        <source>more revenue</source>
        <translation>成交金额高者</translation>
    </message>
    <message>
        <source>more connected calls</source>
        <translation>接通次数多者</translation>
    </message>
    <message>
        <source>the same result from fewer calls</source>
        <translation>外呼次数少者</translation>
    </message>
    <message>
        <source>who got there first</source>
        <translation>先达到者</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>惩罚</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>点子</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Accurate content</source>
        <translation>内容准确</translation>
    </message>
    <message>
        <source>Fluent delivery</source>
        <translation>表达流畅</translation>
    </message>
    <message>
        <source>Persuasive</source>
        <translation>有感染力</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参赛方</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分</translation>
    </message>
    <message>
        <source>Group sizes</source>
        <translation>小组人数</translation>
    </message>
    <message>
        <source>Handicap</source>
        <translation>让分</translation>
    </message>
    <message>
        <source>Rep target</source>
        <translation>个人目标</translation>
    </message>
    <message>
        <source>Group target</source>
        <translation>小组目标</translation>
    </message>
    <message>
        <source>Own targets</source>
        <translation>单独目标</translation>
    </message>
    <message>
        <source>Tie-breaks</source>
        <translation>同分规则</translation>
    </message>
    <message>
        <source>Morning contest points</source>
        <translation>晨会比赛积分</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
</context>
<context>
    <name>ContestListModel</name>
    <message>
        <source>Contest</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领先</translation>
    </message>
</context>
<context>
    <name>ContestProblems</name>
    <message>
        <source>give the contest a name</source>
        <translation>请给竞赛起个名字</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>the contest ends (%1) before it starts (%2)</source>
        <translation>竞赛结束日（%1）早于开始日（%2）</translation>
    </message>
    <message>
        <source>a contest lasts at most %1 days, not %2</source>
        <translation>竞赛最长 %1 天，不能是 %2 天</translation>
    </message>
    <message>
        <source>score at least one metric with positive points</source>
        <translation>至少为一项指标设置正的积分</translation>
    </message>
    <message>
        <source>a standard contest scores exactly one metric; use a points contest for several</source>
        <translation>标准赛只计一项指标；多项指标请用积分赛</translation>
    </message>
    <message>
        <source>points for %1 must be a positive number, not %2</source>
        <translation>%1 的积分必须是正数，不能是 %2</translation>
    </message>
    <message>
        <source>a %1 contest needs a target: a rep target, a group target or own targets</source>
        <translation>%1赛需要目标：个人目标、小组目标或单独目标</translation>
    </message>
    <message>
        <source>the target for %1 must be a positive number, not %2</source>
        <translation>%1 的目标必须是正数，不能是 %2</translation>
    </message>
    <message>
        <source>morning contest points must be 0 or more, not %1</source>
        <translation>晨会比赛积分必须大于或等于 0，不能是 %1</translation>
    </message>
    <message>
        <source>morning contest points go to groups: choose groups or hybrid participants</source>
        <translation>晨会比赛积分记给小组：参赛方请选小组或混合</translation>
    </message>
    <message>
        <source>the tie-break “%1” is listed twice</source>
        <translation>同分规则“%1”重复出现</translation>
    </message>
    <message>
        <source>handicaps scale reps&apos; targets: choose individual or hybrid participants</source>
        <translation>让分调整的是个人目标：参赛方请选个人或混合</translation>
    </message>
    <message>
        <source>the rules are locked since the contest started on %1: amend them with a reason</source>
        <translation>竞赛已于 %1 开始，规则已锁定：请写明原因进行修订</translation>
    </message>
    <message>
        <source>the contest started on %1: its period changes only by an amendment</source>
        <translation>竞赛已于 %1 开始：周期只能通过修订来改</translation>
    </message>
    <message>
        <source>the contest was closed on %1; its final standings are frozen</source>
        <translation>竞赛已于 %1 结束，最终排名已冻结</translation>
    </message>
    <message>
        <source>say why the rules change (the amendment is kept)</source>
        <translation>请写明规则为何要改（修订会被保存）</translation>
    </message>
    <message>
        <source>the amendment changes nothing</source>
        <translation>这次修订没有改动任何内容</translation>
    </message>
    <message>
        <source>the contest has not started: edit its rules directly</source>
        <translation>竞赛尚未开始：请直接编辑规则</translation>
    </message>
    <message>
        <source>“%1” is not a participant of this contest</source>
        <translation>“%1”不是本竞赛的参赛方</translation>
    </message>
    <message>
        <source>a duel is between two reps or two groups, not one of each</source>
        <translation>对决只能在两个人或两个小组之间进行，不能一人对一组</translation>
    </message>
    <message>
        <source>a duel needs two different sides</source>
        <translation>对决需要两个不同的对手</translation>
    </message>
    <message>
        <source>%1 is outside the contest (%2 – %3)</source>
        <translation>%1 不在竞赛周期内（%2 – %3）</translation>
    </message>
    <message>
        <source>points must be a number other than 0, not %1</source>
        <translation>积分必须是非 0 的数字，不能是 %1</translation>
    </message>
    <message>
        <source>“%1” is not an active rep of this team on %2</source>
        <translation>%2 当天“%1”不是本团队的在职销售</translation>
    </message>
    <message>
        <source>the amount must be 0 or more, not %1</source>
        <translation>金额必须大于或等于 0，不能是 %1</translation>
    </message>
    <message>
        <source>say what was shared</source>
        <translation>请写下分享的内容</translation>
    </message>
    <message>
        <source>a recap entry is a win, an idea or a method, not %1</source>
        <translation>分享只能是成果、点子或方法，不能是 %1</translation>
    </message>
    <message>
        <source>say who supports the rep or what chance they are given</source>
        <translation>请写明由谁帮扶，或给予什么机会</translation>
    </message>
    <message>
        <source>give the morning contest a topic</source>
        <translation>请给晨会比赛定个题目</translation>
    </message>
    <message>
        <source>a morning contest needs at least two groups, not %1</source>
        <translation>晨会比赛至少需要两个小组，现在是 %1 个</translation>
    </message>
    <message>
        <source>choose a representative for %1</source>
        <translation>请为 %1 选择代表</translation>
    </message>
    <message>
        <source>%1 has no judges&apos; scores</source>
        <translation>%1 还没有评委打分</translation>
    </message>
    <message>
        <source>score %1 for %2 is outside %3–%4</source>
        <translation>%2 的分数 %1 不在 %3–%4 之间</translation>
    </message>
    <message>
        <source>%1: a judge gives %2 scores (one per criterion), not %3</source>
        <translation>%1：每位评委给 %2 个分（每项标准一个），不是 %3 个</translation>
    </message>
    <message>
        <source>%1 is entered twice</source>
        <translation>%1 重复参赛</translation>
    </message>
    <message>
        <source>say what the %1 is for</source>
        <translation>请写明%1的理由</translation>
    </message>
    <message>
        <source>say to whom the %1 is promised</source>
        <translation>请写明%1是承诺给谁的</translation>
    </message>
    <message>
        <source>delivered on %1, before it was promised (%2)</source>
        <translation>兑现日 %1 早于承诺日（%2）</translation>
    </message>
    <message>
        <source>The team is forming: keep contests light and about effort (calls, connects) in small groups, so newcomers can win; handicaps by tenure help. Seed 003 starts group competition once the team has found its feet.</source>
        <translation>团队处于组建期：竞赛要轻松、比努力（外呼、接通），以小组为单位，让新人也能赢；按司龄让分有帮助。待团队站稳脚跟后，再按 Seed 003 开展小组竞争。</translation>
    </message>
    <message>
        <source>The team is storming: groups competing is the storming-stage practice of seed 003 — balanced groups with their own name, slogan and goal, a morning contest, every deal announced, results shared each evening and every promised reward and penalty kept.</source>
        <translation>团队处于激荡期：小组竞争正是 Seed 003 在激荡期的做法——实力均衡的小组，各有组名、口号和目标；每天晨会比赛，每单成交都播报，每晚分享成果，承诺的奖惩一一兑现。</translation>
    </message>
    <message>
        <source>The team is norming: targets of its own per group or rep (a target contest, hybrid scoring) keep the competition about everyone improving rather than a few stars, so the new norms hold.</source>
        <translation>团队处于规范期：给每个小组或个人设定自己的目标（目标赛、混合计分），让竞争关乎人人进步而不是少数明星，新的规范才能稳住。</translation>
    </message>
    <message>
        <source>The team is performing: short races and head-to-head duels give stretch; let the groups set their own goals and keep the celebration, but avoid contests that pit the team against itself for long.</source>
        <translation>团队处于成熟期：短期竞速和一对一对决带来挑战；让小组自己定目标、保留庆功会，但避免让团队长期内耗的竞赛。</translation>
    </message>
    <message>
        <source>The team&apos;s stage is not diagnosed yet; diagnose it to see how this contest fits.</source>
        <translation>团队阶段尚未诊断；诊断后即可看到这个竞赛是否合适。</translation>
    </message>
    <message>
        <source>Deals-only scoring in a forming team rewards the few who already sell; add calls or connects.</source>
        <translation>组建期团队只按成交计分，只会奖励少数已经会卖的人；请加上外呼或接通。</translation>
    </message>
    <message>
        <source>A storming team gains most from groups competing: consider group or hybrid participants.</source>
        <translation>激荡期团队最能从小组竞争中受益：可考虑以小组或混合方式参赛。</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>惩罚</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>race</source>
        <translation>竞速</translation>
    </message>
    <message>
        <source>each rep</source>
        <translation>每人</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>每组</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>最后一天早于第一天</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ContestTexts</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 days)</source>
        <translation>%1 – %2（%3 天）</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>明天开始</translation>
    </message>
    <message>
        <source>starts in %1 days</source>
        <translation>%1 天后开始</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <source>past its last day</source>
        <translation>已过最后一天</translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>今天是最后一天</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>还剩 %1 天</translation>
    </message>
    <message>
        <source>1 point %1</source>
        <translation>1 分%1</translation>
    </message>
    <message>
        <source>%1 points %2</source>
        <translation>%1 分%2</translation>
    </message>
    <message>
        <source>Equal scores are decided by %1.</source>
        <translation>同分时依次比较：%1。</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，其次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参赛方</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分</translation>
    </message>
    <message>
        <source>Group sizes</source>
        <translation>小组人数</translation>
    </message>
    <message>
        <source>Handicap</source>
        <translation>让分</translation>
    </message>
    <message>
        <source>each rep %1 points</source>
        <translation>每人 %1 分</translation>
    </message>
    <message>
        <source>each group %1 points</source>
        <translation>每组 %1 分</translation>
    </message>
    <message>
        <source>%1 own targets</source>
        <translation>%1 个单独目标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Morning contest</source>
        <translation>晨会比赛</translation>
    </message>
    <message>
        <source>%1 points to the winning group each day</source>
        <translation>每天获胜小组得 %1 分</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>同分</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>ContestView</name>
    <message>
        <source>No contest chosen. Create one with New Contest… (Ctrl+Shift+N): pick what counts, who competes and how ties are decided.</source>
        <translation>尚未选择竞赛。用“新建竞赛…”（Ctrl+Shift+N）创建一个：选定计什么、谁参赛、同分怎么判。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Morning contests</source>
        <translation>晨会比赛</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Evening recaps</source>
        <translation>晚会分享</translation>
    </message>
    <message>
        <source>Celebration</source>
        <translation>庆功会</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 contest · %2 · %3</source>
        <translation>%1赛 · %2 · %3</translation>
    </message>
    <message>
        <source>rules amended on %1</source>
        <translation>规则已于 %1 修订</translation>
    </message>
    <message>
        <source>rules amended %1 times</source>
        <translation>规则已修订 %1 次</translation>
    </message>
    <message>
        <source>Not started yet: the standings begin on the first day.</source>
        <translation>尚未开始：排名从第一天开始计算。</translation>
    </message>
    <message>
        <source>Winner: %1</source>
        <translation>获胜：%1</translation>
    </message>
    <message>
        <source>Leading: %1</source>
        <translation>领先：%1</translation>
    </message>
    <message>
        <source>%1 · figures through %2</source>
        <translation>%1 · 数据截至 %2</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>还没有积分。</translation>
    </message>
    <message>
        <source>not diagnosed</source>
        <translation>未诊断</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage link&lt;/b&gt; (team stage: %1): %2</source>
        <translation>&lt;b&gt;阶段匹配&lt;/b&gt;（团队阶段：%1）：%2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b45309&apos;&gt;⚠ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b45309&apos;&gt;⚠ %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ContestsTab</name>
    <message>
        <source>Loading contests…</source>
        <translation>正在加载竞赛…</translation>
    </message>
    <message>
        <source>The contests could not be loaded: %1</source>
        <translation>无法加载竞赛：%1</translation>
    </message>
    <message>
        <source>Loading the contest…</source>
        <translation>正在加载竞赛页面…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Delete the contest %1 with its standings, duels, points, morning contests, promises and support notes?
You can undo this with Ctrl+Z.</source>
        <translation>删除竞赛 %1 及其排名、对决、加分、晨会比赛、承诺和帮扶记录？
可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete Contest</source>
        <translation>删除竞赛</translation>
    </message>
    <message>
        <source>Contests of %1</source>
        <translation>%1 的竞赛</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>&amp;New Contest…</source>
        <translation>新建竞赛(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a contest for this team (Ctrl+Shift+N)</source>
        <translation>为本团队新建竞赛（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the contest (a running contest&apos;s rules change only by an amendment)</source>
        <translation>编辑竞赛（进行中竞赛的规则只能通过修订来改）</translation>
    </message>
    <message>
        <source>&amp;Amend Rules…</source>
        <translation>修订规则(&amp;A)…</translation>
    </message>
    <message>
        <source>Change a running contest&apos;s rules or last day, with a reason the team sees</source>
        <translation>修改进行中竞赛的规则或最后一天，并写明全队可见的原因</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the contest (Ctrl+Z undoes it)</source>
        <translation>删除竞赛（可用 Ctrl+Z 撤销）</translation>
    </message>
</context>
<context>
    <name>ContradictionCard</name>
    <message>
        <source>Principal contradiction</source>
        <translation>主要矛盾</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>对症下药</translation>
    </message>
    <message>
        <source>Make action plan…</source>
        <translation>制定行动计划…</translation>
    </message>
    <message>
        <source>No diagnosis yet.</source>
        <translation>还没有诊断。</translation>
    </message>
    <message>
        <source>The most pressing problem now</source>
        <translation>当前最突出的问题</translation>
    </message>
    <message>
        <source>No acute problem: the task this stage sets</source>
        <translation>暂无突出问题：本阶段的任务</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No practice prescribed.</source>
        <translation>没有建议做法。</translation>
    </message>
</context>
<context>
    <name>CriterionModel</name>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>A %1 looks like</source>
        <translation>%1 分的表现</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Log Deal</source>
        <translation>登记成交</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>销售(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Product, customer, how it was won (optional)</source>
        <translation>产品、客户、怎么成交的（可选）</translation>
    </message>
</context>
<context>
    <name>DealsChart</name>
    <message>
        <source>Deals and revenue per day</source>
        <translation>每日成交与金额</translation>
    </message>
    <message>
        <source>Deals (left axis)</source>
        <translation>成交（左轴）</translation>
    </message>
    <message>
        <source>Revenue, ¥ (right axis)</source>
        <translation>金额，¥（右轴）</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>成交：%1</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Conversion: %1</source>
        <translation>成交率：%1</translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message>
        <source>from import ×%1</source>
        <translation>来自导入 ×%1</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>播报</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Opted out of the public boards</source>
        <translation>已选择不在公开看板上显示</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DealsPanel</name>
    <message>
        <source>Log Deal…</source>
        <translation>登记成交…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 announced live, %2 more from imported activity (a day&apos;s import replaces its announcements, so no deal counts twice).</source>
        <translation>实时播报 %1 单，导入数据另有 %2 单（当天导入后以导入为准，成交不会重复计算）。</translation>
    </message>
</context>
<context>
    <name>DeliveredDialog</name>
    <message>
        <source>Mark Delivered</source>
        <translation>标记已兑现</translation>
    </message>
    <message>
        <source>%1 to %2 for %3, promised on %4.</source>
        <translation>%1给%2，理由：%3，承诺于 %4。</translation>
    </message>
    <message>
        <source>&amp;Delivered on:</source>
        <translation>兑现日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>How it was kept (e.g. the photo is on the wall)</source>
        <translation>如何兑现的（例如照片已贴上墙）</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Record this diagnosis in the team&apos;s stage history</source>
        <translation>将本次诊断记入团队的阶段历史</translation>
    </message>
    <message>
        <source>Confirm stage</source>
        <translation>确认阶段</translation>
    </message>
    <message>
        <source>Confirm the diagnosed stage after checking the evidence</source>
        <translation>核对依据后确认诊断出的阶段</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>改判…</translation>
    </message>
    <message>
        <source>Set a different stage, with a reason</source>
        <translation>改为其他阶段，并填写理由</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>阈值…</translation>
    </message>
    <message>
        <source>See and change the limits this team&apos;s signals are judged by</source>
        <translation>查看并修改判断本团队各项信号所用的阈值</translation>
    </message>
    <message>
        <source>Stage mix</source>
        <translation>阶段构成</translation>
    </message>
    <message>
        <source>Evidence: the signals behind the mix</source>
        <translation>依据：构成背后的信号</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>正在诊断…</translation>
    </message>
    <message>
        <source>The diagnosis failed: %1</source>
        <translation>诊断失败：%1</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>数据缺失</translation>
    </message>
    <message>
        <source>How the mix was weighed</source>
        <translation>阶段构成如何计算</translation>
    </message>
</context>
<context>
    <name>DrillConsole</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Space / Q</source>
        <translation>空格 / Q</translation>
    </message>
    <message>
        <source>draw a question</source>
        <translation>抽一道题</translation>
    </message>
    <message>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>score the selected criterion (moves on)</source>
        <translation>给选中的评分项打分（自动跳到下一项）</translation>
    </message>
    <message>
        <source>← → / Tab</source>
        <translation>← → / Tab</translation>
    </message>
    <message>
        <source>select a criterion</source>
        <translation>选择评分项</translation>
    </message>
    <message>
        <source>0 / Backspace</source>
        <translation>0 / 退格</translation>
    </message>
    <message>
        <source>clear the selected score</source>
        <translation>清除选中项的分数</translation>
    </message>
    <message>
        <source>Y / N</source>
        <translation>Y / N</translation>
    </message>
    <message>
        <source>answered well / not</source>
        <translation>答得好 / 没答好</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>type a note (Esc leaves the note)</source>
        <translation>输入备注（Esc 退出备注）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>save the entry, on to the next participant</source>
        <translation>保存这条记录，轮到下一位</translation>
    </message>
    <message>
        <source>PgDn / PgUp</source>
        <translation>PgDn / PgUp</translation>
    </message>
    <message>
        <source>next / previous participant without saving</source>
        <translation>不保存，换下一位 / 上一位</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>undo the last saved entry</source>
        <translation>撤销最近保存的一条记录</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>show / hide the model answer</source>
        <translation>显示 / 隐藏参考答案</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>F1 / ?</source>
        <translation>F1 / ?</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>全部按键</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>end the session or close it</source>
        <translation>结束或关闭本场演练</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>销售 %1</translation>
    </message>
    <message>
        <source>Drill Console — %1</source>
        <translation>演练控制台 — %1</translation>
    </message>
    <message>
        <source>E: add a note</source>
        <translation>按 E 添加备注</translation>
    </message>
    <message>
        <source>No participants</source>
        <translation>没有学员</translation>
    </message>
    <message>
        <source>Participant %1 of %2</source>
        <translation>第 %1 位，共 %2 位</translation>
    </message>
    <message>
        <source>%1 · next: %2</source>
        <translation>%1 · 下一位：%2</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>已保存 %1 条</translation>
    </message>
    <message>
        <source>The question bank is empty: score the role-play on the rubric, or add questions on the Drills tab.</source>
        <translation>题库是空的：可以直接按评分表给角色扮演打分，或在“演练”页添加题目。</translation>
    </message>
    <message>
        <source>Press Space to draw a question</source>
        <translation>按空格抽一道题</translation>
    </message>
    <message>
        <source>Model answer: %1</source>
        <translation>参考答案：%1</translation>
    </message>
    <message>
        <source>Answered well?  Y / N</source>
        <translation>答得好吗？  Y / N</translation>
    </message>
    <message>
        <source>✓ Answered well</source>
        <translation>✓ 答得好</translation>
    </message>
    <message>
        <source>✗ Not answered well</source>
        <translation>✗ 没答好</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>总分 %1</translation>
    </message>
    <message>
        <source>What a 1, 3 and 5 look like: %1</source>
        <translation>1、3、5 分的标准：%1</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>End the session?  Enter = end it  ·  C = close, resume later  ·  Esc = go on</source>
        <translation>结束本场演练？  回车 = 结束  ·  C = 关闭，稍后继续  ·  Esc = 继续演练</translation>
    </message>
    <message>
        <source>Space draw · 1–5 score · ←→ criterion · Y/N well · E note · Enter save · PgDn/PgUp participant · A answer · Ctrl+Z undo · F1 keys · Esc end</source>
        <translation>空格 抽题 · 1–5 打分 · ←→ 选项 · Y/N 答得好否 · E 备注 · 回车 保存 · PgDn/PgUp 换人 · A 参考答案 · Ctrl+Z 撤销 · F1 按键 · Esc 结束</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Any key closes this help.</source>
        <translation>按任意键关闭此帮助。</translation>
    </message>
    <message>
        <source>The question bank is empty: nothing to draw.</source>
        <translation>题库是空的：没有题可抽。</translation>
    </message>
    <message>
        <source>Draw a question first (Space): answered well or not is about a question.</source>
        <translation>请先抽题（空格）：答得好否针对的是题目。</translation>
    </message>
    <message>
        <source>Press Y or N first: was the question answered well?</source>
        <translation>请先按 Y 或 N：这道题答得好吗？</translation>
    </message>
    <message>
        <source>Nothing to save yet: score a criterion (1–5) or draw a question (Space).</source>
        <translation>还没有可保存的内容：请给一项打分（1–5）或抽一道题（空格）。</translation>
    </message>
    <message>
        <source>Save the drill entry of %1</source>
        <translation>保存 %1 的演练记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saved: %1. Ctrl+Z takes it back.</source>
        <translation>已保存：%1。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>This session has ended; start a new one to add entries.</source>
        <translation>本场演练已结束；请开始新的一场再添加记录。</translation>
    </message>
    <message>
        <source>This participant is not on the team&apos;s roster today.</source>
        <translation>这位学员今天不在团队名单上。</translation>
    </message>
    <message>
        <source>The question is no longer in this team&apos;s bank; draw another.</source>
        <translation>这道题已不在团队题库中，请重新抽题。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>备注太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>A score must be a whole number from 1 to 5.</source>
        <translation>分数须为 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>Could not save the entry: %1</source>
        <translation>无法保存这条记录：%1</translation>
    </message>
    <message>
        <source>Nothing of this session to undo.</source>
        <translation>本场演练没有可撤销的记录。</translation>
    </message>
    <message>
        <source>Undone: the entry of %1.</source>
        <translation>已撤销：%1 的记录。</translation>
    </message>
    <message>
        <source>PageDown</source>
        <translation>PageDown</translation>
    </message>
    <message>
        <source>PageUp</source>
        <translation>PageUp</translation>
    </message>
    <message>
        <source>The entry of %1 is not saved: Enter saves it, %2 again drops it.</source>
        <translation>%1 的记录还没保存：按回车保存，再按一次 %2 则放弃。</translation>
    </message>
</context>
<context>
    <name>DrillLabels</name>
    <message>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>Needs discovery</source>
        <translation>需求挖掘</translation>
    </message>
    <message>
        <source>Value pitch</source>
        <translation>价值介绍</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>异议处理</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>促成</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>易</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>难</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>角色扮演</translation>
    </message>
    <message>
        <source>Morning contest</source>
        <translation>晨会比拼</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Mystery shopper</source>
        <translation>神秘访客</translation>
    </message>
    <message>
        <source>Call review</source>
        <translation>录音质检</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>偏低</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DrillProblems</name>
    <message>
        <source>row %1: no column for %2</source>
        <translation>第 %1 行：缺少 %2 列</translation>
    </message>
    <message>
        <source>row %1: unknown column(s) %2</source>
        <translation>第 %1 行：无法识别的列 %2</translation>
    </message>
    <message>
        <source>the file has no question rows</source>
        <translation>文件中没有问题行</translation>
    </message>
    <message>
        <source>row %1, column %2: must not be empty</source>
        <translation>第 %1 行，“%2”列：不能为空</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 characters; at most %4</source>
        <translation>第 %1 行，“%2”列：%3 个字符；最多 %4 个</translation>
    </message>
    <message>
        <source>row %1, column %2: “%3” is not a script section (opening, discovery, value, objections, closing, compliance)</source>
        <translation>第 %1 行，“%2”列：“%3”不是话术环节（开场、需求挖掘、价值介绍、异议处理、促成、合规）</translation>
    </message>
    <message>
        <source>row %1, column %2: “%3” is not question or objection</source>
        <translation>第 %1 行，“%2”列：“%3”既不是问题也不是异议</translation>
    </message>
    <message>
        <source>row %1, column %2: “%3” is not a difficulty from 1 to 3</source>
        <translation>第 %1 行，“%2”列：“%3”不是 1 到 3 的难度</translation>
    </message>
    <message>
        <source>row %1, column %2: “%3” is not yes or no</source>
        <translation>第 %1 行，“%2”列：“%3”不是“是”或“否”</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 tags; at most %4</source>
        <translation>第 %1 行，“%2”列：%3 个标签；最多 %4 个</translation>
    </message>
    <message>
        <source>row %1, column %2: the same question as row %3</source>
        <translation>第 %1 行，“%2”列：与第 %3 行的问题重复</translation>
    </message>
    <message>
        <source>the question was asked in %1 drill entries: retire it instead (it is kept for their history)</source>
        <translation>该问题已在 %1 条演练记录中被提问：请改为停用（为这些记录保留）</translation>
    </message>
    <message>
        <source>“%1” is not a rep of this team on %2</source>
        <translation>“%1”在 %2 不是本团队的业务员</translation>
    </message>
    <message>
        <source>pick at least one participant</source>
        <translation>请至少选择一名参与者</translation>
    </message>
    <message>
        <source>the session ended at %1; reopen it to add entries</source>
        <translation>场次已于 %1 结束；重新打开后才能添加记录</translation>
    </message>
    <message>
        <source>question %1 is not in this team&apos;s bank</source>
        <translation>问题 %1 不在本团队题库中</translation>
    </message>
    <message>
        <source>script version %1 does not belong to this team</source>
        <translation>话术版本 %1 不属于本团队</translation>
    </message>
    <message>
        <source>member %1 is not on this team</source>
        <translation>成员 %1 不在本团队</translation>
    </message>
    <message>
        <source>a rubric needs at least one criterion</source>
        <translation>评分表至少要有一个评分项</translation>
    </message>
    <message>
        <source>%1 criteria; at most %2</source>
        <translation>%1 个评分项；最多 %2 个</translation>
    </message>
    <message>
        <source>the same name as criterion %1</source>
        <translation>与第 %1 个评分项同名</translation>
    </message>
    <message>
        <source>%1 is not a weight from %2 to %3</source>
        <translation>%1 不是 %2 到 %3 之间的权重</translation>
    </message>
    <message>
        <source>%1 is not a pass mark from %2 to %3</source>
        <translation>%1 不是 %2 到 %3 之间的及格线</translation>
    </message>
    <message>
        <source>the team already has a rubric called “%1”</source>
        <translation>团队已有名为“%1”的评分表</translation>
    </message>
    <message>
        <source>the shipped rubric cannot be changed; make a new rubric from it and edit that</source>
        <translation>内置评分表不能修改；请以它为基础新建一个再编辑</translation>
    </message>
    <message>
        <source>%1 drill sessions were scored on it: retire it instead (their scores keep it)</source>
        <translation>已有 %1 场演练用它评分：请改为停用（这些评分仍按它计算）</translation>
    </message>
    <message>
        <source>rubric %1 is not one of this team&apos;s rubrics</source>
        <translation>评分表 %1 不属于本团队</translation>
    </message>
    <message>
        <source>rubric %1 is retired; restore it to score on it</source>
        <translation>评分表 %1 已停用；恢复后才能用它评分</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 是将来的日期</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 100</source>
        <translation>%1 不是 0 到 100 之间的分数</translation>
    </message>
    <message>
        <source>%1 tags; at most %2</source>
        <translation>%1 个标签；最多 %2 个</translation>
    </message>
    <message>
        <source>tick at least one checklist point as used or missed</source>
        <translation>请至少勾选一个检查项（已使用或遗漏）</translation>
    </message>
    <message>
        <source>a script version needs the text of at least one section</source>
        <translation>话术版本至少需要一个环节的内容</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DrillStart</name>
    <message>
        <source>Start Drill</source>
        <translation>开始演练</translation>
    </message>
    <message>
        <source>A drill session started %1 is still open (%2, %3 entries saved).</source>
        <translation>%1 开始的一场演练还没有结束（%2，已保存 %3 条）。</translation>
    </message>
    <message>
        <source>Resume it where it stopped, or start a new session?</source>
        <translation>从中断处继续，还是开始新的一场？</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start New</source>
        <translation>开始新的</translation>
    </message>
</context>
<context>
    <name>DrillsTab</name>
    <message>
        <source>Loading drills…</source>
        <translation>正在加载演练…</translation>
    </message>
    <message>
        <source>The drills could not be loaded: %1</source>
        <translation>无法加载演练：%1</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete the entry of %1 at %2?
You can undo this with Ctrl+Z.</source>
        <translation>删除 %1 在 %2 的记录？
可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete drill entry</source>
        <translation>删除演练记录</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <source>Delete the session of %1 with its %2 entries?
You can undo this with Ctrl+Z.</source>
        <translation>删除 %1 的场次及其 %2 条记录？
可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete drill session</source>
        <translation>删除演练场次</translation>
    </message>
    <message>
        <source>Create script %1</source>
        <translation>新建话术 %1</translation>
    </message>
    <message>
        <source>Rename script %1</source>
        <translation>重命名话术 %1</translation>
    </message>
    <message>
        <source>Delete Script</source>
        <translation>删除话术</translation>
    </message>
    <message>
        <source>Delete the script %1 with its %2 versions?
You can undo this with Ctrl+Z.</source>
        <translation>删除话术 %1 及其 %2 个版本？
可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete script %1</source>
        <translation>删除话术 %1</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <source>Make v%1 of %2 current</source>
        <translation>将 %2 的 v%1 设为当前版本</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Retire question</source>
        <translation>停用问题</translation>
    </message>
    <message>
        <source>Restore question</source>
        <translation>恢复问题</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Delete the question “%1”?
You can undo this with Ctrl+Z.</source>
        <translation>删除问题“%1”？
可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Import questions from %1</source>
        <translation>从 %1 导入问题</translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation>导入题库</translation>
    </message>
    <message>
        <source>%1 questions added, %2 updated.</source>
        <translation>新增 %1 道题，更新 %2 道。</translation>
    </message>
    <message>
        <source>The questions could not be imported: %1</source>
        <translation>无法导入问题：%1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The questions could not be exported: %1</source>
        <translation>无法导出问题：%1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Add audit</source>
        <translation>新增抽检</translation>
    </message>
    <message>
        <source>Delete Audit</source>
        <translation>删除抽检</translation>
    </message>
    <message>
        <source>Delete the audit of %1?
You can undo this with Ctrl+Z.</source>
        <translation>删除 %1 的抽检？
可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete audit</source>
        <translation>删除抽检</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Question files (*.csv *.xlsx)</source>
        <translation>题库文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Rubrics</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Export Questions</source>
        <translation>导出题库</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Drill log</source>
        <translation>演练记录</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>抽检</translation>
    </message>
</context>
<context>
    <name>DuelDialog</name>
    <message>
        <source>Add Duel</source>
        <translation>添加对决</translation>
    </message>
    <message>
        <source>Side &amp;A:</source>
        <translation>甲方(&amp;A)：</translation>
    </message>
    <message>
        <source>Side &amp;B:</source>
        <translation>乙方(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>DuelsModel</name>
    <message>
        <source>level</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Score A</source>
        <translation>甲方得分</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>Score B</source>
        <translation>乙方得分</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领先</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Answered well</source>
        <translation>答好</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>指向阶段</translation>
    </message>
    <message>
        <source>Share of mix</source>
        <translation>占构成比例</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export Charts as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Activity figures exported from the call system or CRM, one row per rep and day.</source>
        <translation>从呼叫系统或 CRM 导出的通话数据，每位业务员每天一行。</translation>
    </message>
    <message>
        <source>The file needs a header row and, on every row, a date, the rep&apos;s employee ID or name and the day&apos;s figures: calls, connected calls, talk time, deals and revenue (intent customers are optional). CSV files and Excel workbooks (.xlsx) are read; you can also drop a file here.</source>
        <translation>文件需要有表头行，每一行需要有日期、业务员的工号或姓名以及当天的数据：外呼、接通、通话时长、成交和金额（意向客户可选）。支持 CSV 文件和 Excel 工作簿（.xlsx）；也可以把文件拖到这里。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>导入到：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Excel workbooks store their text encoding themselves.</source>
        <translation>Excel 工作簿自带文本编码。</translation>
    </message>
    <message>
        <source>Detected (%1)</source>
        <translation>自动识别（%1）</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>从文件自动识别</translation>
    </message>
    <message>
        <source>Chinese exports from Excel or older systems are usually GB18030 (GBK); choose another encoding if names in the preview look garbled.</source>
        <translation>Excel 或旧系统导出的中文文件通常是 GB18030（GBK）编码；如果预览中的姓名显示为乱码，请换一种编码。</translation>
    </message>
    <message>
        <source>Choose an Activity Export</source>
        <translation>选择通话数据导出文件</translation>
    </message>
    <message>
        <source>Activity exports (%1);;All files (*)</source>
        <translation>通话数据导出文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>无法打开文件：%1。</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>unknown encoding “%1” (try UTF-8 or GB18030)</source>
        <translation>未知的编码“%1”（请试试 UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>old .xls workbooks are not supported; save the sheet as .xlsx or CSV</source>
        <translation>不支持旧的 .xls 工作簿；请把工作表另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>row %1 is not valid %2 (%3); choose another encoding</source>
        <translation>第 %1 行不是有效的 %2 编码（%3）；请选择其他编码</translation>
    </message>
    <message>
        <source>the file is not valid %1; choose another encoding</source>
        <translation>文件不是有效的 %1 编码；请选择其他编码</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (%1)</source>
        <translation>不是可读取的 .xlsx 工作簿（%1）</translation>
    </message>
    <message>
        <source>the first sheet has no header row</source>
        <translation>第一个工作表没有表头行</translation>
    </message>
    <message>
        <source>the file has no column “%1” (for %2)</source>
        <translation>文件中没有“%1”列（用于 %2）</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Contest</source>
        <translation>竞赛</translation>
    </message>
</context>
<context>
    <name>GroupBoard</name>
    <message>
        <source>Drag a member onto another group to move them; the move is dated today and can be undone.</source>
        <translation>把成员拖到另一个小组即可调组；调动日期记为今天，可以撤销。</translation>
    </message>
    <message>
        <source>No groups yet. Split the team into groups of roughly equal strength with Team → New Group.</source>
        <translation>还没有小组。请通过“团队 → 新建小组”把团队分成实力大致相当的小组。</translation>
    </message>
</context>
<context>
    <name>GroupCard</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the group&apos;s name, slogan, goal and leader, or delete it</source>
        <translation>编辑小组的队名、口号、目标和组长，或删除小组</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>%1 · %2 members</source>
        <translation>%1 · %2 人</translation>
    </message>
    <message>
        <source>(no slogan yet)</source>
        <translation>（尚无口号）</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>组长：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Drop members here</source>
        <translation>把成员拖到这里</translation>
    </message>
</context>
<context>
    <name>GroupChart</name>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>Groups compared</source>
        <translation>小组对比</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>外呼：%1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>接通：%1（%2）</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>成交：%1</translation>
    </message>
    <message>
        <source>Conversion: %1</source>
        <translation>成交率：%1</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Revenue / rep-day: %1</source>
        <translation>人日均金额：%1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New Group</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation>编辑小组</translation>
    </message>
    <message>
        <source>(no leader yet)</source>
        <translation>（暂无组长）</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>The leader is moved into this group if they are elsewhere.</source>
        <translation>如果组长当前在其他小组，会被调入本组。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>队名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 猛虎队</source>
        <translation>例如：猛虎队</translation>
    </message>
    <message>
        <source>&amp;Slogan:</source>
        <translation>口号(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 猛虎下山，业绩翻番</source>
        <translation>例如：猛虎下山，业绩翻番</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. 本月签单 40 单</source>
        <translation>例如：本月签单 40 单</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>组长(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>GroupStandingsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>pro-rating factor ×%1</source>
        <translation>人数折算系数 ×%1</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>实力</translation>
    </message>
    <message>
        <source>%1: %2 (the leader: %3)</source>
        <translation>%1：%2（领先者：%3）</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Import %1 can only be undone after the later imports of this team are undone (%2). Undo those first, newest first.</source>
        <translation>必须先撤销本团队之后的导入（%2），才能撤销导入 %1。请从最新的开始撤销。</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>导入 %1 已经撤销过了。</translation>
    </message>
    <message>
        <source>Import %1 no longer exists.</source>
        <translation>导入 %1 已不存在。</translation>
    </message>
    <message>
        <source>%1 (typed in)</source>
        <translation>%1（手动输入）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>略过</translation>
    </message>
    <message>
        <source>Reps created</source>
        <translation>新建的业务员</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History — %1</source>
        <translation>导入历史 — %1</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Undoing an import removes the days it added, restores the figures it changed and removes the reps it created. Imports are undone newest first.</source>
        <translation>撤销导入会删除它新增的日期数据，恢复它更改过的数据，并删除它创建的业务员。撤销需从最新的导入开始。</translation>
    </message>
    <message>
        <source>No imports yet. Use File → Import Activity… or Team → Enter Day&apos;s Figures…</source>
        <translation>还没有导入记录。请使用“文件 → 导入通话数据…”或“团队 → 录入当日数据…”</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import %1 (%2)?

This removes the %3 it added, gives the %4 it changed their earlier figures back and removes the %5 it created.</source>
        <translation>要撤销导入 %1（%2）吗？

这会删除它新增的%3，把它更改的%4恢复为之前的数据，并删除它创建的%5。</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>正在撤销导入 %1…</translation>
    </message>
    <message>
        <source>Cannot Undo Import</source>
        <translation>无法撤销导入</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>无法撤销导入：%1</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Intent customers</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>not needed (Excel workbook)</source>
        <translation>不需要（Excel 工作簿）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>GB18030</source>
        <translation>GB18030</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>新增 %1，更改 %2，未变 %3</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 名业务员</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 名业务员</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>首次出现日期</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>首次出现行</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Stored → in the file</source>
        <translation>已存储 → 文件中</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The figures are saved in one step: all of them or none.</source>
        <translation>数据一次性保存：要么全部保存，要么都不保存。</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Saving the figures…</source>
        <translation>正在保存数据…</translation>
    </message>
    <message>
        <source>Cancel stops the import and leaves the database as it was.</source>
        <translation>点“取消”会停止导入，数据库保持原样。</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <source>Import %1 (%2) into %3.</source>
        <translation>把 %1（%2）导入 %3。</translation>
    </message>
    <message>
        <source>Added to the team: %1.</source>
        <translation>已添加到团队：%1。</translation>
    </message>
    <message>
        <source>To take the whole import back, use Team → Import History → Undo Import.</source>
        <translation>如需撤回整次导入，请使用“团队 → 导入历史 → 撤销导入”。</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>导入已取消，没有任何更改。</translation>
    </message>
    <message>
        <source>Click Try Again to import the file, or Finish to close.</source>
        <translation>点“重试”导入文件，或点“完成”关闭。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: the file changed after it was checked.</source>
        <translation>没有导入任何数据：文件在检查后被修改过。</translation>
    </message>
    <message>
        <source>Fix the problems listed below in the file, save it and click Try Again.</source>
        <translation>请在文件中修正下列问题，保存后点“重试”。</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>a date is required</source>
        <translation>必须有日期</translation>
    </message>
    <message>
        <source>the rep is missing (no employee ID or name)</source>
        <translation>缺少业务员（没有工号或姓名）</translation>
    </message>
    <message>
        <source>%1 members are called %2; add an employee ID column</source>
        <translation>有 %1 名成员叫%2；请加一列工号</translation>
    </message>
    <message>
        <source>%1 on %2 appears in rows %3 with different figures</source>
        <translation>%1 在 %2 的数据出现在第 %3 行，且数字不一致</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not a calendar date</source>
        <translation>不是有效的日历日期</translation>
    </message>
    <message>
        <source>is not a date (use e.g. 2024-05-06, 2024/5/6 or 2024年5月6日)</source>
        <translation>不是日期（请使用例如 2024-05-06、2024/5/6 或 2024年5月6日）</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>是负数</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>超过两位小数</translation>
    </message>
    <message>
        <source>is not a duration (a number, or h:mm:ss)</source>
        <translation>不是时长（应为数字或 时:分:秒）</translation>
    </message>
    <message>
        <source>is not a duration</source>
        <translation>不是时长</translation>
    </message>
    <message>
        <source>figures must not be negative</source>
        <translation>数据不能为负数</translation>
    </message>
    <message>
        <source>is not in this team</source>
        <translation>不在本团队中</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 是未来日期</translation>
    </message>
    <message>
        <source>connected (%1) is more than calls (%2)</source>
        <translation>接通数（%1）大于外呼数（%2）</translation>
    </message>
    <message>
        <source>deals (%1) are more than connected calls (%2)</source>
        <translation>成交数（%1）大于接通数（%2）</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Survey file not imported</source>
        <translation>问卷文件未导入</translation>
    </message>
    <message>
        <source>Nothing from %1 was stored. Fix these %2 problem(s) in the file and import it again:</source>
        <translation>%1 中的数据均未保存。请在文件中修正以下 %2 个问题后重新导入：</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>The team has no formation date yet: importing sets it to %1, the first day of its history.</source>
        <translation>该团队尚无组建日期：导入后将设为 %1，即其历史数据的第一天。</translation>
    </message>
    <message>
        <source>The team had no formation date: it is now %1, the first day of its history.</source>
        <translation>该团队原无组建日期：现已设为 %1，即其历史数据的第一天。</translation>
    </message>
    <message>
        <source>The team&apos;s formation date %1 is later than its own data, which starts on %2. The date is kept and the diagnosis counts the team&apos;s age from its first calls; correct it in Team → Edit Team if it is wrong.</source>
        <translation>团队组建日期 %1 晚于其自身数据（始于 %2）。该日期保持不变，诊断按首次通话计算团队年龄；如日期有误，请在“团队 → 编辑团队”中更正。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The columns of the file changed since you chose them. Go Back to check the columns.</source>
        <translation>选择列之后文件的列发生了变化。请返回检查列。</translation>
    </message>
    <message>
        <source>Some needed columns are not chosen (%1). Go Back to the Columns page and choose them.</source>
        <translation>有必需的列尚未选择（%1）。请返回“匹配列”页面选择。</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>无法打开文件：%1。</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error: %1</source>
        <translation>导入因意外错误而停止：%1</translation>
    </message>
    <message>
        <source>Import Activity — %1</source>
        <translation>导入通话数据 — %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <source>Calls</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Revenue / rep-day</source>
        <translation>人日均金额</translation>
    </message>
    <message>
        <source>Deal volatility</source>
        <translation>成交波动</translation>
    </message>
    <message>
        <source>Deal streak</source>
        <translation>连续成交</translation>
    </message>
    <message>
        <source>Change against the previous %1 days</source>
        <translation>与之前 %1 天相比的变化</translation>
    </message>
    <message>
        <source>Outbound calls dialled</source>
        <translation>拨出的外呼次数</translation>
    </message>
    <message>
        <source>Calls that were answered</source>
        <translation>被接听的通话</translation>
    </message>
    <message>
        <source>Connected calls / calls</source>
        <translation>接通数 / 外呼数</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>成交单数</translation>
    </message>
    <message>
        <source>Deals / connected calls</source>
        <translation>成交数 / 接通数</translation>
    </message>
    <message>
        <source>Revenue of the deals, in yuan</source>
        <translation>成交金额（元）</translation>
    </message>
    <message>
        <source>Revenue / days on which a rep made at least one call</source>
        <translation>金额 / 业务员至少有一次外呼的天数</translation>
    </message>
    <message>
        <source>lower is steadier</source>
        <translation>越低越稳定</translation>
    </message>
    <message>
        <source>Coefficient of variation of daily deals (standard deviation / mean) over working days</source>
        <translation>工作日每日成交数的变异系数（标准差 / 平均值）</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>最长 %1</translation>
    </message>
    <message>
        <source>Consecutive working days with at least one deal, up to the last day of the range</source>
        <translation>截至范围最后一天，连续有成交的工作日数</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Did not pass probation</source>
        <translation>试用期未通过</translation>
    </message>
    <message>
        <source>Resigned: pressure of the job</source>
        <translation>主动离职：工作压力</translation>
    </message>
    <message>
        <source>Resigned: pay</source>
        <translation>主动离职：薪资待遇</translation>
    </message>
    <message>
        <source>Changed career</source>
        <translation>转行</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>家庭原因</translation>
    </message>
    <message>
        <source>Health reasons</source>
        <translation>身体原因</translation>
    </message>
    <message>
        <source>Transferred to another team</source>
        <translation>调往其他团队</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Record Leaving</source>
        <translation>登记离职</translation>
    </message>
    <message>
        <source>%1 (%2), hired on %3. Their group membership ends on the last day; the history is kept.</source>
        <translation>%1（%2），入职日期 %3。其小组归属在最后工作日结束，历史记录会保留。</translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation>登记离职</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最后工作日(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>not kept</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未兑现</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>给谁</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>兑现日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Add Promise…</source>
        <translation>添加承诺…</translation>
    </message>
    <message>
        <source>Mark Delivered…</source>
        <translation>标记已兑现…</translation>
    </message>
    <message>
        <source>Mark Not Delivered</source>
        <translation>标记未兑现</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No rewards or penalties promised yet. Promise them at the start and keep every one.</source>
        <translation>还没有承诺任何奖惩。开赛时就承诺，并且每一项都要兑现。</translation>
    </message>
    <message>
        <source>The contest is over and %1 of %2 promises are not kept: keep them now — a broken promise costs more than the reward.</source>
        <translation>竞赛已结束，%2 项承诺中有 %1 项未兑现：请马上兑现——失信的代价比奖励本身更大。</translation>
    </message>
    <message>
        <source>%1 of %2 promises still to deliver.</source>
        <translation>%2 项承诺中还有 %1 项待兑现。</translation>
    </message>
    <message>
        <source>All %1 promises kept.</source>
        <translation>全部 %1 项承诺均已兑现。</translation>
    </message>
</context>
<context>
    <name>LifecycleLabels</name>
    <message>
        <source>Forming</source>
        <translation>磨合期</translation>
    </message>
    <message>
        <source>Storming</source>
        <translation>动乱期</translation>
    </message>
    <message>
        <source>Norming</source>
        <translation>安稳期</translation>
    </message>
    <message>
        <source>Performing</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>已改判</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>阶段问卷</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>管理手册</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Sessions</source>
        <translation>演练场次</translation>
    </message>
    <message>
        <source>Entries of the session of %1</source>
        <translation>%1 场次的记录</translation>
    </message>
    <message>
        <source>Entries of every session (newest first)</source>
        <translation>全部场次的记录（最新在前）</translation>
    </message>
    <message>
        <source>&amp;Start Drill…</source>
        <translation>开始演练(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the trainer console for this team (Ctrl+Shift+D)</source>
        <translation>为本团队打开培训师控制台（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Delete &amp;Entry</source>
        <translation>删除记录(&amp;E)</translation>
    </message>
    <message>
        <source>Delete the chosen entry (Ctrl+Z undoes it)</source>
        <translation>删除所选记录（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Delete Se&amp;ssion</source>
        <translation>删除场次(&amp;S)</translation>
    </message>
    <message>
        <source>Delete the chosen session with its entries (Ctrl+Z undoes it)</source>
        <translation>删除所选场次及其记录（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>&amp;All Sessions</source>
        <translation>全部场次(&amp;A)</translation>
    </message>
    <message>
        <source>Show the entries of every session</source>
        <translation>显示全部场次的记录</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>业务员(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Sec&amp;tion:</source>
        <translation>环节(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo/redo failed</source>
        <translation>撤销/重做失败</translation>
    </message>
    <message>
        <source>coachdesk — telesales team coaching</source>
        <translation>coachdesk 教练台 — 电销团队辅导</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find Member</source>
        <translation>查找成员(&amp;F)</translation>
    </message>
    <message>
        <source>Teams &amp;overview</source>
        <translation>团队总览(&amp;O)</translation>
    </message>
    <message>
        <source>Every team&apos;s stage and principal contradiction</source>
        <translation>各团队的阶段与主要矛盾</translation>
    </message>
    <message>
        <source>Teams overview</source>
        <translation>团队总览</translation>
    </message>
    <message>
        <source>Every team&apos;s stage and principal contradiction (Ctrl+Shift+O)</source>
        <translation>各团队的阶段与主要矛盾 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>还没有团队</translation>
    </message>
    <message>
        <source>Create your first team, or load the demo teams to look around.</source>
        <translation>创建第一个团队，或载入演示团队先看看。</translation>
    </message>
    <message>
        <source>New Team…</source>
        <translation>新建团队…</translation>
    </message>
    <message>
        <source>Load Demo Data…</source>
        <translation>载入演示数据…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Talk time (min or h:mm:ss)</source>
        <translation>通话时长（分钟或 时:分:秒）</translation>
    </message>
    <message>
        <source>the stored figures cannot be removed here; type 0 for a day without calls (or undo the import that stored them)</source>
        <translation>这里不能删除已存储的数据；没有通话的日子请输入 0（或撤销存储这些数据的导入）</translation>
    </message>
    <message>
        <source>connected (%1) is more than calls (%2)</source>
        <translation>接通数（%1）大于外呼数（%2）</translation>
    </message>
    <message>
        <source>deals (%1) are more than connected calls (%2)</source>
        <translation>成交数（%1）大于接通数（%2）</translation>
    </message>
    <message>
        <source>A number is minutes (45, 12.5); 1:02:03 is hours:minutes:seconds</source>
        <translation>数字按分钟计（45、12.5）；1:02:03 表示时:分:秒</translation>
    </message>
    <message>
        <source>Yuan, up to two decimals</source>
        <translation>单位元，最多两位小数</translation>
    </message>
    <message>
        <source>Optional: leave empty if not counted</source>
        <translation>选填：未统计可留空</translation>
    </message>
    <message>
        <source>Not on the roster that day; shown because figures are stored</source>
        <translation>当天不在名单中；因已有数据而显示</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Enter Day&apos;s Figures — %1</source>
        <translation>录入当日数据 — %1</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reps:</source>
        <translation>业务员(&amp;R)：</translation>
    </message>
    <message>
        <source>Type a number to start; Enter moves down to the next rep, Tab moves right, Ctrl+V pastes a block copied from a spreadsheet. Talk time in minutes or h:mm:ss, revenue in yuan. Leave a row empty for a rep who did not work.</source>
        <translation>直接输入数字即可开始；Enter 移到下一位业务员，Tab 向右移动，Ctrl+V 粘贴从表格复制的区域。通话时长用分钟或 时:分:秒，金额用元。没上班的业务员那一行留空。</translation>
    </message>
    <message>
        <source>Nobody in this selection was on the roster that day.</source>
        <translation>所选范围内当天没有在册人员。</translation>
    </message>
    <message>
        <source>All active reps</source>
        <translation>全部在职业务员</translation>
    </message>
    <message>
        <source>Discard Figures</source>
        <translation>放弃数据</translation>
    </message>
    <message>
        <source>Discard the figures you typed for %1?</source>
        <translation>放弃为 %1 输入的数据吗？</translation>
    </message>
    <message>
        <source>Reps shown: %1 calls · %2 connected · %3 talk · %4 deals · %5 yuan</source>
        <translation>所显示业务员：外呼 %1 · 接通 %2 · 通话 %3 · 成交 %4 · %5 元</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <source>%1 reps changed (%2 not shown)</source>
        <translation>%1 名业务员有更改（%2 名未显示）</translation>
    </message>
    <message>
        <source>%1 reps changed</source>
        <translation>%1 名业务员有更改</translation>
    </message>
    <message>
        <source>… and %1 more (the cells marked red)</source>
        <translation>… 另有 %1 处（标红的单元格）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the cells marked red:</source>
        <translation>没有保存任何数据。请修正标红的单元格：</translation>
    </message>
    <message>
        <source>Nothing to save: no figures were typed or changed.</source>
        <translation>没有需要保存的内容：没有输入或修改数据。</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>没有保存任何数据：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New Member</source>
        <translation>新增成员</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（不分组）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>&amp;Employee ID:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. CN024</source>
        <translation>例如：CN024</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Hired on:</source>
        <translation>入职日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>小组(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>司龄（天）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>Left on %1: %2</source>
        <translation>%1 离职：%2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1 离职</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Filter by name, employee ID, group, role…  (Ctrl+F)</source>
        <translation>按姓名、工号、小组、角色筛选…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show members who left</source>
        <translation>显示已离职成员</translation>
    </message>
    <message>
        <source>%1 shown · %2 active</source>
        <translation>显示 %1 人 · 在职 %2 人</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Product / project</source>
        <translation>产品/项目</translation>
    </message>
    <message>
        <source>Formed on</source>
        <translation>组建日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后工作日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>口号</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start of the current group</source>
        <translation>当前小组的开始日期</translation>
    </message>
    <message>
        <source>End of the last group period</source>
        <translation>上一段小组经历的结束日期</translation>
    </message>
    <message>
        <source>First day in a group</source>
        <translation>首次加入小组的日期</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <source>{length} characters is too long; at most {max} are allowed</source>
        <translation>共 {length} 个字符，太长了；最多允许 {max} 个</translation>
    </message>
    <message>
        <source>“{value}” may only use letters, digits, “.”, “_” and “-”</source>
        <translation>“{value}”只能包含字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (digits, spaces, “-”, “+”)</source>
        <translation>“{value}”不是有效的电话号码（只能包含数字、空格、“-”、“+”）</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date (YYYY-MM-DD)</source>
        <translation>“{value}”不是有效日期（格式 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{value} must not be after {other} ({limit})</source>
        <translation>{value} 不能晚于{other}（{limit}）</translation>
    </message>
    <message>
        <source>{value} must not be before {other} ({limit})</source>
        <translation>{value} 不能早于{other}（{limit}）</translation>
    </message>
    <message>
        <source>“{value}” is already used by {other}</source>
        <translation>“{value}”已被 {other} 使用</translation>
    </message>
    <message>
        <source>“{value}” already exists</source>
        <translation>“{value}”已存在</translation>
    </message>
    <message>
        <source>{name} left on {date}</source>
        <translation>{name} 已于 {date} 离职</translation>
    </message>
    <message>
        <source>must belong to this team</source>
        <translation>必须属于本团队</translation>
    </message>
    <message>
        <source>{name} has {days} rep-days of call activity; undo its imports before deleting it</source>
        <translation>{name} 有 {days} 人日的通话数据；删除前请先撤销其导入</translation>
    </message>
    <message>
        <source>{name} has {days} days of call activity; record leaving instead</source>
        <translation>{name} 有 {days} 天的通话数据；请改为登记离职</translation>
    </message>
    <message>
        <source>“{value}” was not found</source>
        <translation>找不到“{value}”</translation>
    </message>
    <message>
        <source>was not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>MixChart</name>
    <message>
        <source>No signal points to this stage.</source>
        <translation>没有信号指向这个阶段。</translation>
    </message>
</context>
<context>
    <name>MorningDialog</name>
    <message>
        <source>Judge %1</source>
        <translation>评委 %1</translation>
    </message>
    <message>
        <source>The team has no groups with members: a morning contest needs two.</source>
        <translation>团队没有有成员的小组：晨会比赛至少需要两个。</translation>
    </message>
    <message>
        <source>mean total %1</source>
        <translation>平均总分 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Winner: %1 (%2) — then %3</source>
        <translation>获胜：%1（%2）——其后 %3</translation>
    </message>
    <message>
        <source>Winner: %1 (%2)</source>
        <translation>获胜：%1（%2）</translation>
    </message>
    <message>
        <source>Log Morning Contest</source>
        <translation>登记晨会比赛</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>题目(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Judges:</source>
        <translation>评委(&amp;J)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>e.g. handling “it&apos;s too expensive”</source>
        <translation>例如：如何应对“太贵了”</translation>
    </message>
    <message>
        <source>Add judge</source>
        <translation>添加评委</translation>
    </message>
    <message>
        <source>Remove judge</source>
        <translation>移除评委</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>代表：</translation>
    </message>
    <message>
        <source>%1 (1–5)</source>
        <translation>%1（1–5）</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
</context>
<context>
    <name>MorningModel</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>no representative</source>
        <translation>无代表</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>获胜</translation>
    </message>
    <message>
        <source>Entries (representative, mean total)</source>
        <translation>参赛（代表，平均总分）</translation>
    </message>
    <message>
        <source>%1. %2 — %3: %4</source>
        <translation>%1. %2 — %3：%4</translation>
    </message>
</context>
<context>
    <name>MorningPanel</name>
    <message>
        <source>Log Morning Contest…</source>
        <translation>登记晨会比赛…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Wins: </source>
        <translation>获胜次数：</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>No morning contest yet.</source>
        <translation>还没有晨会比赛。</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>Practices</source>
        <translation>做法</translation>
    </message>
    <message>
        <source>New Action Plan</source>
        <translation>新建行动计划</translation>
    </message>
    <message>
        <source>The team reads as %1. Principal contradiction: %2</source>
        <translation>团队目前判断为%1。主要矛盾：%2</translation>
    </message>
    <message>
        <source>Each practice you tick becomes an action, due by its cadence. The prescribed ones address the principal contradiction:</source>
        <translation>勾选的每个做法都会成为一个行动项，并按其频率设定截止日期。标为“建议”的做法针对主要矛盾：</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>做法</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>%1 open action(s) carry over from the current plan:</source>
        <translation>当前计划中有 %1 个进行中的行动项将顺延：</translation>
    </message>
    <message>
        <source>No open actions to carry over.</source>
        <translation>没有需要顺延的进行中行动项。</translation>
    </message>
    <message>
        <source>Plan notes (optional):</source>
        <translation>计划备注（选填）：</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Held stage</source>
        <translation>认定阶段</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Principal contradiction</source>
        <translation>主要矛盾</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>进行中的行动项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No stage accepted yet</source>
        <translation>尚未采纳任何阶段</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Diagnosing every team…</source>
        <translation>正在诊断所有团队…</translation>
    </message>
    <message>
        <source>%1 of %2 teams</source>
        <translation>%1 / %2 个团队</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 个团队</translation>
    </message>
    <message>
        <source>Teams overview</source>
        <translation>团队总览</translation>
    </message>
    <message>
        <source>Every team&apos;s stage and principal contradiction. Double-click a team (or press Enter) to open its Lifecycle tab.</source>
        <translation>各团队的阶段与主要矛盾。双击团队（或按 Enter）打开其“生命周期”标签页。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Filter by team, stage or contradiction…</source>
        <translation>按团队、阶段或矛盾筛选…</translation>
    </message>
    <message>
        <source>The overview could not be made: %1</source>
        <translation>无法生成总览：%1</translation>
    </message>
    <message>
        <source>Cancelled: the table shows the last complete overview.</source>
        <translation>已取消：表格显示的是上一次完整的总览。</translation>
    </message>
    <message>
        <source>No teams yet: create a team or load the demo data.</source>
        <translation>还没有团队：请新建团队或载入演示数据。</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Contests</source>
        <translation>竞赛</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The generated file cannot be shown (%1).</source>
        <translation>生成的文件无法显示（%1）。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Choose what to print on the left and press Generate (Ctrl+Enter): the pages appear here to check before you print or save them.</source>
        <translation>在左侧选择要打印的内容，然后点击“生成”（Ctrl+Enter）：页面会显示在这里，打印或保存前可以先检查。</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page to the width of the preview</source>
        <translation>按预览区宽度显示页面</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Plan notes:</source>
        <translation>计划备注：</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>保存备注(&amp;N)</translation>
    </message>
    <message>
        <source>An earlier plan, shown read-only; its open actions moved on to the next plan.</source>
        <translation>这是以前的计划，只读显示；其中进行中的行动项已顺延到下一个计划。</translation>
    </message>
    <message>
        <source>Plan of %1 · %2 stage</source>
        <translation>%1 制定的计划 · %2</translation>
    </message>
    <message>
        <source>Principal contradiction: %1</source>
        <translation>主要矛盾：%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>own</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>频率：%1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <source>How</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <source>Signals it addresses</source>
        <translation>针对的信号</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <source>No practice matches the filter.</source>
        <translation>没有符合筛选条件的做法。</translation>
    </message>
    <message>
        <source>New practice %1</source>
        <translation>新建做法“%1”</translation>
    </message>
    <message>
        <source>Edit practice %1</source>
        <translation>编辑做法“%1”</translation>
    </message>
    <message>
        <source>Remove own practice %1</source>
        <translation>删除自定义做法“%1”</translation>
    </message>
    <message>
        <source>Restore default of %1</source>
        <translation>恢复“%1”的默认内容</translation>
    </message>
    <message>
        <source>Restore every practice of every stage to its default text and remove the %1 edited or own practice(s)? Edit › Undo brings them back.</source>
        <translation>要把所有阶段的做法都恢复为默认内容吗？%1 个已修改或自定义的做法将被还原或删除。可用“编辑 › 撤销”找回。</translation>
    </message>
    <message>
        <source>Restore All Defaults</source>
        <translation>全部恢复默认</translation>
    </message>
    <message>
        <source>Restore all playbook defaults</source>
        <translation>将管理手册全部恢复默认</translation>
    </message>
    <message>
        <source>Filter practices…</source>
        <translation>筛选做法…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New practice…</source>
        <translation>新建做法(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Bring back the original text (an own practice is removed)</source>
        <translation>恢复原始内容（自定义做法会被删除）</translation>
    </message>
    <message>
        <source>Restore &amp;all defaults…</source>
        <translation>全部恢复默认(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Give Points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Negative points take points away; they count with the contest&apos;s points per manual point</source>
        <translation>负分表示扣分；按竞赛中每个手动分的积分计算</translation>
    </message>
    <message>
        <source>e.g. best call recording of the week</source>
        <translation>例如：本周最佳通话录音</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Title (%1)</source>
        <translation>标题（%1）</translation>
    </message>
    <message>
        <source>Why (%1)</source>
        <translation>为什么（%1）</translation>
    </message>
    <message>
        <source>How (%1)</source>
        <translation>怎么做（%1）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>做法</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>New Practice</source>
        <translation>新建做法</translation>
    </message>
    <message>
        <source>Edit Practice</source>
        <translation>编辑做法</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>为什么：</translation>
    </message>
    <message>
        <source>How
(one step
a line):</source>
        <translation>怎么做
（每行
一个步骤）：</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>频率：</translation>
    </message>
    <message>
        <source>Signals it addresses</source>
        <translation>针对的信号</translation>
    </message>
</context>
<context>
    <name>PracticesModel</name>
    <message>
        <source>Practice</source>
        <translation>做法</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>A practice written in this app</source>
        <translation>在本软件中编写的自定义做法</translation>
    </message>
    <message>
        <source>Changed in this app; Restore default brings back the original</source>
        <translation>已在本软件中修改；“恢复默认”可还原原始内容</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>读取为：%1</translation>
    </message>
    <message>
        <source>This column is not imported.</source>
        <translation>此列不会导入。</translation>
    </message>
    <message>
        <source>Skipped: blank line</source>
        <translation>已略过：空行</translation>
    </message>
    <message>
        <source>Skipped: a total row</source>
        <translation>已略过：合计行</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import Questions</source>
        <translation>导入题库</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2 problems. Nothing was imported.</source>
        <translation>%1 无法导入：共 %2 个问题。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Add Promise</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>给谁(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;For what:</source>
        <translation>理由(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Promised on:</source>
        <translation>承诺日期(&amp;P)：</translation>
    </message>
    <message>
        <source>A group, a rep or who wins (free text)</source>
        <translation>某个小组、某个人或获胜者（可自由填写）</translation>
    </message>
    <message>
        <source>e.g. a team dinner for the winning group</source>
        <translation>例如：请获胜小组聚餐</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit Question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Model &amp;answer:</source>
        <translation>参考答案(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>环节(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>难度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Basic:</source>
        <translation>基础题(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Retired:</source>
        <translation>已停用(&amp;R)：</translation>
    </message>
    <message>
        <source>every rep must answer it well to be certified</source>
        <translation>每位业务员都必须答好此题才能通过认证</translation>
    </message>
    <message>
        <source>no longer drawn in drills (kept for their history)</source>
        <translation>演练中不再抽到（为历史记录保留）</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础题</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>QuickDealBar</name>
    <message>
        <source>Log a deal</source>
        <translation>登记成交</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>业务员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>Enter logs it · Esc cancels</source>
        <translation>回车登记 · Esc 取消</translation>
    </message>
    <message>
        <source>Choose a rep from the list (type part of a name or an employee ID).</source>
        <translation>请从列表中选择业务员（可输入姓名或工号的一部分）。</translation>
    </message>
    <message>
        <source>The amount is a number of yuan, such as 1980 or 1980.50.</source>
        <translation>金额以元为单位，例如 1980 或 1980.50。</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>时间范围(&amp;R)：</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>从(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Presets end on the team&apos;s last day with activity</source>
        <translation>预设范围截止到团队最后一个有数据的日期</translation>
    </message>
</context>
<context>
    <name>ReadinessChart</name>
    <message>
        <source>%1: drills and real calls, last 12 weeks</source>
        <translation>%1：近 12 周演练与真实通话</translation>
    </message>
    <message>
        <source>Choose a rep to see their drills beside their calls</source>
        <translation>选择一名业务员，查看其演练与通话对比</translation>
    </message>
    <message>
        <source>Weekly drill score (1–5); dashed: a new script version</source>
        <translation>每周演练得分（1–5）；虚线：新话术版本</translation>
    </message>
    <message>
        <source>Connect rate, %</source>
        <translation>接通率，%</translation>
    </message>
    <message>
        <source>Conversion, %</source>
        <translation>转化率，%</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Weakest questions (answered well, recency-weighted)</source>
        <translation>最薄弱的问题（答好率，按时间加权）</translation>
    </message>
    <message>
        <source>Weakest script sections</source>
        <translation>最薄弱的话术环节</translation>
    </message>
    <message>
        <source>Mean readiness %1 of %2 reps drilled · %3 of %4 certified</source>
        <translation>平均就绪度 %1（%2 人参加演练）· %4 人中 %3 人已认证</translation>
    </message>
    <message>
        <source>Trainers agree: no role-play scored by two trainers yet</source>
        <translation>培训师一致性：尚无两位培训师共同评分的演练</translation>
    </message>
    <message>
        <source>Trainers agree: %1 within one point, κ %2 (%3)</source>
        <translation>培训师一致性：%1 相差不超过一分，κ %2（%3）</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 answers</source>
        <translation>%1 — %3 次作答中答好 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>Add Evening Recap</source>
        <translation>添加晚会分享</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Shared:</source>
        <translation>分享内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>分享人(&amp;B)：</translation>
    </message>
    <message>
        <source>The win, idea or method shared at the evening meeting</source>
        <translation>晚会上分享的成果、点子或方法</translation>
    </message>
</context>
<context>
    <name>RecapModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>分享内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>分享人</translation>
    </message>
</context>
<context>
    <name>RecapPanel</name>
    <message>
        <source>Search the recaps (text or who shared it)…</source>
        <translation>搜索分享（内容或分享人）…</translation>
    </message>
    <message>
        <source>Add Recap…</source>
        <translation>添加分享…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条</translation>
    </message>
</context>
<context>
    <name>RepChartDialog</name>
    <message>
        <source>%1 — Daily Activity</source>
        <translation>%1 — 每日活动</translation>
    </message>
    <message>
        <source>not in a group</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>小组：%1</translation>
    </message>
    <message>
        <source>Group: %1 · has left the team</source>
        <translation>小组：%1 · 已离开团队</translation>
    </message>
    <message>
        <source>Export Charts as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Could not load the activity: %1</source>
        <translation>无法加载通话数据：%1</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>正在加载通话数据…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No activity recorded for this rep between %1 and %2.</source>
        <translation>%1 至 %2 期间没有此业务员的通话记录。</translation>
    </message>
</context>
<context>
    <name>RepModel</name>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Basic well</source>
        <translation>基础题答好</translation>
    </message>
    <message>
        <source>Basic questions answered well (n/N)</source>
        <translation>答好的基础题（n/N）</translation>
    </message>
    <message>
        <source>Rubric avg.</source>
        <translation>评分均值</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>%1 points per 30 days</source>
        <translation>每 30 天 %1 分</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>%1 basic questions still to answer well in a certification</source>
        <translation>还有 %1 道基础题需在认证中答好</translation>
    </message>
    <message>
        <source>Last drilled</source>
        <translation>最近演练</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>话术版本</translation>
    </message>
    <message>
        <source>Audit adherence</source>
        <translation>抽检执行率</translation>
    </message>
    <message>
        <source>%1 audits</source>
        <translation>%1 次抽检</translation>
    </message>
</context>
<context>
    <name>RepStandingsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Target %</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 / %2 分</translation>
    </message>
    <message>
        <source>Handicap</source>
        <translation>让分</translation>
    </message>
    <message>
        <source>Target × factor; in points contests the score is points ÷ factor</source>
        <translation>目标 × 系数；积分赛中得分 = 积分 ÷ 系数</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>连续成交</translation>
    </message>
    <message>
        <source>%1 (best %2)</source>
        <translation>%1（最长 %2）</translation>
    </message>
    <message>
        <source>Selling days in a row with a deal</source>
        <translation>连续有成交的销售日</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Public board</source>
        <translation>公开看板</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Opted out: competes, but is never named on the public board</source>
        <translation>已选择不公开：照常参赛，但公开看板上不显示姓名</translation>
    </message>
</context>
<context>
    <name>RepTableModel</name>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>¥ / rep-day</source>
        <translation>¥ / 人日</translation>
    </message>
    <message>
        <source>Deals trend</source>
        <translation>成交趋势</translation>
    </message>
    <message>
        <source>Revenue / days on which the rep made at least one call</source>
        <translation>金额 / 该业务员至少有一次外呼的天数</translation>
    </message>
    <message>
        <source>Deals / connected calls</source>
        <translation>成交数 / 接通数</translation>
    </message>
    <message>
        <source>Deals per day over the range; sorts by the slope</source>
        <translation>范围内每日成交数；按趋势斜率排序</translation>
    </message>
    <message>
        <source>Average deals per day, week by week; sorts by the slope</source>
        <translation>逐周的日均成交数；按趋势斜率排序</translation>
    </message>
    <message>
        <source>Average deals per day, four weeks at a time; sorts by the slope</source>
        <translation>每四周的日均成交数；按趋势斜率排序</translation>
    </message>
    <message>
        <source>Has left the team</source>
        <translation>已离开团队</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>Coaching plan</source>
        <translation>辅导计划</translation>
    </message>
    <message>
        <source>Wall poster</source>
        <translation>墙报</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>截至日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>语言(&amp;U)：</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Diagnosis: stage, evidence, survey, timeline</source>
        <translation>诊断：阶段、证据、问卷、时间线</translation>
    </message>
    <message>
        <source>Action plan: practices and actions to tick</source>
        <translation>行动计划：练习与待勾选的行动项</translation>
    </message>
    <message>
        <source>Call activity of the last weeks</source>
        <translation>最近几周的通话活动</translation>
    </message>
    <message>
        <source>Groups and contest standings</source>
        <translation>小组与竞赛排名</translation>
    </message>
    <message>
        <source>Drill readiness and certification</source>
        <translation>演练就绪度与认证</translation>
    </message>
    <message>
        <source>One page per group leader</source>
        <translation>每位组长一页</translation>
    </message>
    <message>
        <source>Sections (the cover always prints)</source>
        <translation>章节（封面总会打印）</translation>
    </message>
    <message>
        <source>The wall poster has no sections</source>
        <translation>墙报没有章节</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>略过</translation>
    </message>
    <message>
        <source>Counted when the file has no problems and every rep is settled</source>
        <translation>文件没有问题且所有业务员都已确认后才会统计</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Reps not in the team (%1)</source>
        <translation>不在团队中的业务员（%1）</translation>
    </message>
    <message>
        <source>Changed rows (%1)</source>
        <translation>更改的行（%1）</translation>
    </message>
    <message>
        <source>The first %1 of %2 changed rows are listed.</source>
        <translation>列出了 %2 个更改行中的前 %1 个。</translation>
    </message>
    <message>
        <source>summary rows (合计/Total) %1</source>
        <translation>汇总行（合计/Total）%1</translation>
    </message>
    <message>
        <source>%1 blank lines</source>
        <translation>%1 个空行</translation>
    </message>
    <message>
        <source>rows without any figures %1</source>
        <translation>没有任何数据的行 %1</translation>
    </message>
    <message>
        <source>%1 rows of reps left out</source>
        <translation>已略过 %1 行不在团队中的业务员</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>已略过：%1。</translation>
    </message>
</context>
<context>
    <name>ReportsActions</name>
    <message>
        <source>&amp;Print Coaching Plan…</source>
        <translation>打印辅导计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the current team&apos;s coaching plan from the Reports tab</source>
        <translation>在“报告”页打印当前团队的辅导计划</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Generating the coaching plan…</source>
        <translation>正在生成辅导计划…</translation>
    </message>
    <message>
        <source>Generating the wall poster…</source>
        <translation>正在生成墙报…</translation>
    </message>
    <message>
        <source>coaching-plan</source>
        <translation>辅导计划</translation>
    </message>
    <message>
        <source>wall-poster</source>
        <translation>墙报</translation>
    </message>
    <message>
        <source>%1 for %2 · %3 pages</source>
        <translation>%2的%1 · 共 %3 页</translation>
    </message>
    <message>
        <source>The report could not be generated: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>Generating was cancelled.</source>
        <translation>已取消生成。</translation>
    </message>
    <message>
        <source>Could not print to %1.</source>
        <translation>无法打印到 %1。</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>已将 %1 页发送到打印机。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>无法打印：%1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>No program to open PDF files was found; use Save As… instead.</source>
        <translation>找不到打开 PDF 文件的程序；请改用“另存为…”。</translation>
    </message>
    <message>
        <source>Coaching plan</source>
        <translation>辅导计划</translation>
    </message>
    <message>
        <source>Wall poster</source>
        <translation>墙报</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>生成(&amp;N)</translation>
    </message>
    <message>
        <source>Build the PDF and show it here (Ctrl+Enter)</source>
        <translation>生成 PDF 并在此显示（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>Print the pages shown here (Ctrl+P)</source>
        <translation>打印此处显示的页面（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a copy of the PDF (Ctrl+Shift+S)</source>
        <translation>保存 PDF 的副本（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Open in S&amp;ystem Viewer</source>
        <translation>用系统查看器打开(&amp;Y)</translation>
    </message>
    <message>
        <source>Open the PDF with the computer&apos;s PDF viewer</source>
        <translation>用电脑上的 PDF 查看器打开</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Survey response — %1, %2</source>
        <translation>问卷答卷 — %1，%2</translation>
    </message>
    <message>
        <source>%1 answered on %2. Stage scores (8–40): %3</source>
        <translation>%1 于 %2 作答。各阶段得分（8–40）：%3</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>从文件导入</translation>
    </message>
</context>
<context>
    <name>RollingModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Points (7 days)</source>
        <translation>积分（7 天）</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>&amp;New Team…</source>
        <translation>新建团队(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>创建一个团队</translation>
    </message>
    <message>
        <source>&amp;Edit Team…</source>
        <translation>编辑团队(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the team&apos;s name, product, formation date or notes</source>
        <translation>修改团队名称、产品、组建日期或备注</translation>
    </message>
    <message>
        <source>&amp;Delete Team…</source>
        <translation>删除团队(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the team with its members and groups</source>
        <translation>删除团队及其成员和小组</translation>
    </message>
    <message>
        <source>New &amp;Member…</source>
        <translation>新增成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Add a member to the team</source>
        <translation>向团队添加成员</translation>
    </message>
    <message>
        <source>Edit Mem&amp;ber…</source>
        <translation>编辑成员(&amp;B)…</translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation>编辑选中的成员</translation>
    </message>
    <message>
        <source>Record &amp;Leaving…</source>
        <translation>登记离职(&amp;L)…</translation>
    </message>
    <message>
        <source>Record that the selected member left the team</source>
        <translation>登记选中成员已离开团队</translation>
    </message>
    <message>
        <source>Delete Member…</source>
        <translation>删除成员…</translation>
    </message>
    <message>
        <source>Delete the selected member (only for entries made by mistake)</source>
        <translation>删除选中的成员（仅用于误录入的记录）</translation>
    </message>
    <message>
        <source>New &amp;Group…</source>
        <translation>新建小组(&amp;G)…</translation>
    </message>
    <message>
        <source>Create a group with its name, slogan and goal</source>
        <translation>创建小组，填写队名、口号和目标</translation>
    </message>
    <message>
        <source>Mo&amp;ve to Group</source>
        <translation>调到小组(&amp;V)</translation>
    </message>
    <message>
        <source>Edit Gr&amp;oup</source>
        <translation>编辑小组(&amp;O)</translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation>删除团队</translation>
    </message>
    <message>
        <source>Delete %1 with its %2 members and %3 groups?
You can undo this with Ctrl+Z.</source>
        <translation>要删除 %1 及其 %2 名成员和 %3 个小组吗？
可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Delete %1 (%2) and their group history?
If they left the team, use Record Leaving instead so turnover stays visible. You can undo this with Ctrl+Z.</source>
        <translation>要删除 %1（%2）及其小组历史吗？
如果此人已离开团队，请改用“登记离职”，以便保留人员流动记录。可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>删除小组</translation>
    </message>
    <message>
        <source>Delete group %1? Its members are left without a group and its history is removed.
You can undo this with Ctrl+Z.</source>
        <translation>要删除小组 %1 吗？组员将变为未分组，小组历史也会删除。
可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Could not move %1</source>
        <translation>无法调动 %1</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>未分组</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Create team %1</source>
        <translation>创建团队 %1</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>编辑团队 %1</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>删除团队 %1</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>添加成员 %1</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>编辑成员 %1</translation>
    </message>
    <message>
        <source>Record that %1 left</source>
        <translation>登记 %1 离职</translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation>删除成员 %1</translation>
    </message>
    <message>
        <source>Create group %1</source>
        <translation>创建小组 %1</translation>
    </message>
    <message>
        <source>Edit group %1</source>
        <translation>编辑小组 %1</translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>删除小组 %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>把 %1 调到 %2</translation>
    </message>
    <message>
        <source>Take %1 out of groups</source>
        <translation>把 %1 移出小组</translation>
    </message>
</context>
<context>
    <name>RubricCommands</name>
    <message>
        <source>Copy of %1</source>
        <translation>复制 - %1</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>新建评分表</translation>
    </message>
    <message>
        <source>Edit rubric %1</source>
        <translation>编辑评分表 %1</translation>
    </message>
    <message>
        <source>Make %1 the team&apos;s rubric</source>
        <translation>将 %1 设为团队默认评分表</translation>
    </message>
    <message>
        <source>Retire rubric %1</source>
        <translation>停用评分表 %1</translation>
    </message>
    <message>
        <source>Restore rubric %1</source>
        <translation>恢复评分表 %1</translation>
    </message>
    <message>
        <source>Delete Rubric</source>
        <translation>删除评分表</translation>
    </message>
    <message>
        <source>Delete the rubric “%1”?
You can undo this with Ctrl+Z.</source>
        <translation>删除评分表“%1”？
可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete rubric %1</source>
        <translation>删除评分表 %1</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>A 1 looks like</source>
        <translation>1 分的表现</translation>
    </message>
    <message>
        <source>A 3 looks like</source>
        <translation>3 分的表现</translation>
    </message>
    <message>
        <source>A 5 looks like</source>
        <translation>5 分的表现</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Criterion %1 (%2), %3</source>
        <translation>第 %1 个评分项（%2）的%3</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Edit Rubric</source>
        <translation>编辑评分表</translation>
    </message>
    <message>
        <source>New Rubric</source>
        <translation>新建评分表</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation>及格线(&amp;P)：</translation>
    </message>
    <message>
        <source>A scoring passes when the weighted mean of its criteria (1–5) reaches this mark; certification needs it too</source>
        <translation>各评分项（1–5 分）的加权平均达到此分数即为及格；认证也以此为准</translation>
    </message>
    <message>
        <source>Criteria (at most %1; each scored 1–5 on the console):</source>
        <translation>评分项（最多 %1 个；在演练控制台上各打 1–5 分）：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>How much this criterion counts in the total (1 = like the others)</source>
        <translation>此项在总分中的分量（1 = 与其他项相同）</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字</translation>
    </message>
    <message>
        <source>What a trainer hears at this score (at most %1 characters)</source>
        <translation>培训师在这个分数听到的表现（最多 %1 个字）</translation>
    </message>
</context>
<context>
    <name>RubricModel</name>
    <message>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <source>Team default</source>
        <translation>团队默认</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Drill sessions scored on this rubric</source>
        <translation>用此评分表评分的演练场次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>shipped (read-only)</source>
        <translation>内置（只读）</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>修订版</translation>
    </message>
</context>
<context>
    <name>RubricsPanel</name>
    <message>
        <source>%1: %2 criteria, pass mark %3 of 5 (the weighted mean of the criteria).</source>
        <translation>%1：%2 个评分项，及格线 %3 分（满分 5 分，按各项加权平均）。</translation>
    </message>
    <message>
        <source>Start Drill picks it; certification uses its pass mark.</source>
        <translation>开始演练时默认选用它；认证按它的及格线判断。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>A new rubric for the team, starting from the chosen one&apos;s criteria</source>
        <translation>以选中评分表的评分项为基础，为团队新建评分表</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change one of the team&apos;s rubrics; once drills were scored on it, the change is saved as a revision and old scores keep the old one</source>
        <translation>修改团队自己的评分表；若已有演练用它评分，修改会另存为修订版，旧评分仍按原版计算</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>Start Drill picks this rubric; certification uses its pass mark</source>
        <translation>开始演练时默认选用此评分表；认证按它的及格线判断</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete a rubric no drill was scored on (Ctrl+Z undoes it); retire one that was</source>
        <translation>删除从未用于评分的评分表（Ctrl+Z 可撤销）；用过的请停用</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
</context>
<context>
    <name>ScoringTable</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>每单位积分</translation>
    </message>
</context>
<context>
    <name>ScriptDialog</name>
    <message>
        <source>Rename Script</source>
        <translation>重命名话术</translation>
    </message>
    <message>
        <source>New Script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ScriptsPanel</name>
    <message>
        <source>No version chosen.</source>
        <translation>未选择版本。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <source>Both versions are empty.</source>
        <translation>两个版本都是空的。</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>&amp;New Script…</source>
        <translation>新建话术(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the script with its versions (Ctrl+Z undoes it)</source>
        <translation>删除话术及其所有版本（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>New &amp;Version…</source>
        <translation>新版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Make &amp;Current</source>
        <translation>设为当前(&amp;C)</translation>
    </message>
    <message>
        <source>Make the chosen version the team&apos;s unified version</source>
        <translation>将所选版本设为团队统一版本</translation>
    </message>
    <message>
        <source>Version text</source>
        <translation>版本内容</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>版本对比</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Answered well</source>
        <translation>答好</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>The database can be changed with File → Open Database, or with --db / COACHDESK_DB.</source>
        <translation>可以通过“文件 → 打开数据库文件”更换数据库，也可以使用 --db 参数或 COACHDESK_DB 环境变量。</translation>
    </message>
</context>
<context>
    <name>StageBadge</name>
    <message>
        <source>Diagnosed stage</source>
        <translation>诊断阶段</translation>
    </message>
    <message>
        <source>Confidence %1</source>
        <translation>可信度 %1</translation>
    </message>
    <message>
        <source>Held stage: %1 (%2 %3)</source>
        <translation>认定阶段：%1（%3 %2）</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Accept Diagnosis</source>
        <translation>采纳诊断</translation>
    </message>
    <message>
        <source>Record the diagnosis (%1, as of %2) in the team&apos;s stage history.</source>
        <translation>将诊断结果（%1，截至 %2）记入团队的阶段历史。</translation>
    </message>
    <message>
        <source>Confirm Stage</source>
        <translation>确认阶段</translation>
    </message>
    <message>
        <source>Confirm that the team is in %1 as of %2, after checking the evidence yourself.</source>
        <translation>在亲自核对依据后，确认团队截至 %2 处于%1。</translation>
    </message>
    <message>
        <source>Override Stage</source>
        <translation>改判阶段</translation>
    </message>
    <message>
        <source>The diagnosis says %1 as of %2. Choose the stage you hold the team to be in and say why.</source>
        <translation>截至 %2，诊断结果为%1。请选择你认定的团队阶段，并说明理由。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>What do you see that the data does not?</source>
        <translation>你看到了哪些数据没有反映的情况？</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（选填）(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>StageRecords</name>
    <message>
        <source>Accept stage %1</source>
        <translation>采纳阶段：%1</translation>
    </message>
    <message>
        <source>Confirm stage %1</source>
        <translation>确认阶段：%1</translation>
    </message>
    <message>
        <source>Override stage to %1</source>
        <translation>改判阶段为%1</translation>
    </message>
</context>
<context>
    <name>StandingsModel</name>
    <message>
        <source>Level on score with #%1; every tie-break was level too, so the name decided.</source>
        <translation>与第 %1 名同分；各项同分规则也都持平，按姓名排序。</translation>
    </message>
    <message>
        <source>Level on score with #%1; placed below by the tie-break “%2”.</source>
        <translation>与第 %1 名同分；按同分规则“%2”排在其后。</translation>
    </message>
</context>
<context>
    <name>StandingsPanel</name>
    <message>
        <source>Show on public boards</source>
        <translation>在公开看板上显示</translation>
    </message>
    <message>
        <source>Hide from public boards</source>
        <translation>在公开看板上隐藏</translation>
    </message>
    <message>
        <source>Add support note…</source>
        <translation>添加帮扶记录…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Rolling 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Duels</source>
        <translation>对决</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add Duel…</source>
        <translation>添加对决…</translation>
    </message>
    <message>
        <source>Give Points…</source>
        <translation>加分…</translation>
    </message>
    <message>
        <source>⚖ = placed by a tie-break (hover for which). Right-click a rep to hide them from the public boards.</source>
        <translation>⚖ = 由同分规则决定名次（悬停查看是哪条）。右键单击销售可在公开看板上隐藏。</translation>
    </message>
</context>
<context>
    <name>StartDrillDialog</name>
    <message>
        <source>Start Drill</source>
        <translation>开始演练</translation>
    </message>
    <message>
        <source>No script</source>
        <translation>不指定话术</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前版本）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Your name, as the log shows it</source>
        <translation>你的名字（显示在演练记录中）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Script version</source>
        <translation>话术版本</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>The rubric the entries are scored on; the team&apos;s default is chosen (Drills tab → Rubrics)</source>
        <translation>本场评分所用的评分表；默认选中团队的默认评分表（演练标签页 → 评分表）</translation>
    </message>
    <message>
        <source>tick at least one participant</source>
        <translation>请至少勾选一位学员</translation>
    </message>
    <message>
        <source>%1 is not a rep of this team on %2</source>
        <translation>%1 在 %2 不是本团队的销售</translation>
    </message>
    <message>
        <source>this script version is not the team&apos;s</source>
        <translation>这个话术版本不属于本团队</translation>
    </message>
    <message>
        <source>this rubric is not the team&apos;s</source>
        <translation>此评分表不属于本团队</translation>
    </message>
    <message>
        <source>this rubric was retired; pick another</source>
        <translation>此评分表已停用；请另选一个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pass mark %1 of 5</source>
        <translation>及格线 %1 分（满分 5 分）</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support Note — %1</source>
        <translation>帮扶记录 — %1</translation>
    </message>
    <message>
        <source>%1 is below the middle of the board. Who helps them, and what chance do they get to catch up?</source>
        <translation>%1 排在榜单中线以下。由谁帮扶？给 TA 什么机会追上来？</translation>
    </message>
    <message>
        <source>&amp;Supporter:</source>
        <translation>帮扶人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Chance:</source>
        <translation>机会(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. first pick of the warm leads this week</source>
        <translation>例如：本周优先挑选意向线索</translation>
    </message>
</context>
<context>
    <name>SupportModel</name>
    <message>
        <source>no support note yet</source>
        <translation>尚无帮扶记录</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>帮扶人</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>记录日期</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <source>Add Support Note…</source>
        <translation>添加帮扶记录…</translation>
    </message>
    <message>
        <source>Nobody is below the middle of the board.</source>
        <translation>没有人排在榜单中线以下。</translation>
    </message>
    <message>
        <source>%1 of %2 reps below the middle have no support note yet (highlighted).</source>
        <translation>中线以下的 %2 名销售中有 %1 名还没有帮扶记录（已高亮）。</translation>
    </message>
    <message>
        <source>Every rep below the middle has someone supporting them.</source>
        <translation>中线以下的每位销售都有人帮扶。</translation>
    </message>
</context>
<context>
    <name>SurveyEntryForm</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Not saved: %1 statement(s) have no answer yet: %2</source>
        <translation>未保存：还有 %1 道题未作答：%2</translation>
    </message>
    <message>
        <source>Saved the answers of %1.</source>
        <translation>已保存 %1 的作答。</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已作答 %1 / %2</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>填写人：</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>作答日期：</translation>
    </message>
    <message>
        <source>Type 1–5 for each statement (1 almost never … 5 almost always); it moves on by itself. Backspace clears and goes back; Ctrl+Enter saves.</source>
        <translation>每道题输入 1–5（1 几乎从不 … 5 几乎总是），输入后自动跳到下一题。Backspace 清除并退回上一题；Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>保存作答(&amp;S)</translation>
    </message>
    <message>
        <source>Save this questionnaire (Ctrl+Enter)</source>
        <translation>保存这份问卷 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SurveyImportProblems</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>row %1: no date column (name one “date” or “日期”)</source>
        <translation>第 %1 行：没有日期列（请把一列命名为“date”或“日期”）</translation>
    </message>
    <message>
        <source>row %1: no column for item(s) %2</source>
        <translation>第 %1 行：缺少题目 %2 的列</translation>
    </message>
    <message>
        <source>row %1: unknown column(s) %2</source>
        <translation>第 %1 行：无法识别的列 %2</translation>
    </message>
    <message>
        <source>the file has no answer rows</source>
        <translation>文件中没有答卷行</translation>
    </message>
    <message>
        <source>row %1, column %2: no date</source>
        <translation>第 %1 行，“%2”列：没有日期</translation>
    </message>
    <message>
        <source>row %1, column %2: “%3” is not a date</source>
        <translation>第 %1 行，“%2”列：“%3”不是日期</translation>
    </message>
    <message>
        <source>row %1, column %2: empty is not an answer from 1 to 5</source>
        <translation>第 %1 行，“%2”列：为空，答案须为 1 到 5</translation>
    </message>
    <message>
        <source>row %1, column %2: “%3” is not an answer from 1 to 5</source>
        <translation>第 %1 行，“%2”列：“%3”不是 1 到 5 之间的答案</translation>
    </message>
    <message>
        <source>row %1, column %2: no member &apos;%3&apos; in this team</source>
        <translation>第 %1 行，“%2”列：本团队没有成员“%3”</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Save survey answers of %1</source>
        <translation>保存 %1 的问卷作答</translation>
    </message>
    <message>
        <source>Delete survey response</source>
        <translation>删除问卷答卷</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>导入问卷答卷</translation>
    </message>
    <message>
        <source>Survey files (*.csv *.xlsx);;All files (*)</source>
        <translation>问卷文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import survey file %1</source>
        <translation>导入问卷文件 %1</translation>
    </message>
    <message>
        <source>Imported %1 response(s) from %2.</source>
        <translation>已从 %2 导入 %1 份答卷。</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 未导入。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>导入已取消，没有保存任何数据。</translation>
    </message>
    <message>
        <source>Importing survey answers…</source>
        <translation>正在导入问卷答卷…</translation>
    </message>
    <message>
        <source>Save Survey Template</source>
        <translation>保存问卷模板</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <source>Choose a team to enter and read its stage survey.</source>
        <translation>请选择一个团队，以录入和查看其阶段问卷。</translation>
    </message>
    <message>
        <source>Enter a paper questionnaire</source>
        <translation>录入纸质问卷</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import filled-in questionnaires from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入已填写的问卷</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save an empty CSV with the columns date, member, q01 … q32</source>
        <translation>保存一个空白 CSV 模板，列为 date、member、q01 … q32</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>High %1 with high %2 reads as %3 (%4 and %5, both ≥ %6)</source>
        <translation>%1与%2得分都高，判读为%3（%4 和 %5，均 ≥ %6）</translation>
    </message>
    <message>
        <source>%1, clearly (%2 ≥ %3)</source>
        <translation>明确为%1（%2 ≥ %3）</translation>
    </message>
    <message>
        <source>Leaning to %1 (%2, below the clear mark of %3)</source>
        <translation>倾向%1（%2，未达到明确线 %3）</translation>
    </message>
    <message>
        <source>Transition between %1 and %2 (within %3 points: %4 and %5)</source>
        <translation>处于%1与%2之间的过渡（相差不超过 %3 分：%4 和 %5）</translation>
    </message>
    <message>
        <source>Team result as of %1</source>
        <translation>截至 %1 的团队结果</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>答卷（%1）</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the chosen response (Edit › Undo brings it back)</source>
        <translation>删除选中的答卷（可用“编辑 › 撤销”恢复）</translation>
    </message>
    <message>
        <source>Nobody has answered the survey up to %1 yet.</source>
        <translation>截至 %1 还没有人填写阶段问卷。</translation>
    </message>
    <message>
        <source>Mean of %1 response(s) · latest round on %3</source>
        <translation>%1 份答卷的平均分 · 最近一轮 %3</translation>
    </message>
    <message>
        <source>Mean of %1 response(s) · latest round %2 to %3</source>
        <translation>%1 份答卷的平均分 · 最近一轮 %2 至 %3</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New Team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Edit Team</source>
        <translation>编辑团队</translation>
    </message>
    <message>
        <source>The team&apos;s history starts on %1: that becomes its formation date.</source>
        <translation>团队历史数据始于 %1，将以此作为组建日期。</translation>
    </message>
    <message>
        <source>Importing the team&apos;s call history will set the formation date to its first day.</source>
        <translation>导入团队的通话历史后，组建日期将设为历史数据的第一天。</translation>
    </message>
    <message>
        <source>This date is later than the team&apos;s own data, which starts on %1. The date is kept, but the diagnosis counts the team&apos;s age from its first calls.</source>
        <translation>该日期晚于团队自身数据（始于 %1）。日期会按您填写的保存，但诊断按首次通话计算团队年龄。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>团队名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 城南电销二部</source>
        <translation>例如：城南电销二部</translation>
    </message>
    <message>
        <source>&amp;Product / project:</source>
        <translation>产品/项目(&amp;P)：</translation>
    </message>
    <message>
        <source>what the team sells</source>
        <translation>团队销售的产品</translation>
    </message>
    <message>
        <source>&amp;Formed on:</source>
        <translation>组建日期(&amp;F)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Not known: take it from the team&apos;s &amp;history</source>
        <translation>不确定：按团队历史数据确定(&amp;H)</translation>
    </message>
    <message>
        <source>Importing the team&apos;s call history sets the formation date to its earliest membership or activity.</source>
        <translation>导入团队通话历史时，组建日期将设为最早的成员入职或通话日期。</translation>
    </message>
</context>
<context>
    <name>TeamListModel</name>
    <message>
        <source>%1 members · %2 groups</source>
        <translation>%1 人 · %2 个小组</translation>
    </message>
    <message>
        <source>%1
Product: %2
Formed %3 (%4 days ago)</source>
        <translation>%1
产品：%2
组建于 %3（%4 天前）</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>小组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>通话活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>生命周期(&amp;L)</translation>
    </message>
    <message>
        <source>%1 · formed %2 (%3 days ago) · %4 active members, %5 left · %6 groups</source>
        <translation>%1 · 组建于 %2（%3 天前）· 在职 %4 人，离职 %5 人 · %6 个小组</translation>
    </message>
    <message>
        <source>no product set</source>
        <translation>未设置产品</translation>
    </message>
    <message>
        <source>&amp;Contests</source>
        <translation>竞赛(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Drills</source>
        <translation>演练(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ThisWeekList</name>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Open action plan</source>
        <translation>打开行动计划</translation>
    </message>
    <message>
        <source>No action plan yet: make one from the prescription.</source>
        <translation>还没有行动计划：请根据建议做法制定一份。</translation>
    </message>
    <message>
        <source>Nothing open is due this week.</source>
        <translation>本周没有到期的进行中行动项。</translation>
    </message>
    <message>
        <source>Overdue %1 d (due %2)</source>
        <translation>逾期 %1 天（截止 %2）</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
</context>
<context>
    <name>ThresholdLabels</name>
    <message>
        <source>Team counts as young below (days)</source>
        <translation>团队视为新组建的上限（天）</translation>
    </message>
    <message>
        <source>Team counts as settled from (days)</source>
        <translation>团队视为趋于稳定的起点（天）</translation>
    </message>
    <message>
        <source>Team can count as mature from (days)</source>
        <translation>团队可视为成熟的起点（天）</translation>
    </message>
    <message>
        <source>Many new hires under 30 days (% of reps)</source>
        <translation>入职不满 30 天的人偏多（占业务员 %）</translation>
    </message>
    <message>
        <source>Many new hires under 90 days (% of reps)</source>
        <translation>入职不满 90 天的人偏多（占业务员 %）</translation>
    </message>
    <message>
        <source>High turnover in 30 days (% of headcount)</source>
        <translation>30 天流失率偏高（占人数 %）</translation>
    </message>
    <message>
        <source>High turnover in 90 days (% of headcount)</source>
        <translation>90 天流失率偏高（占人数 %）</translation>
    </message>
    <message>
        <source>Call volume counts as dropping at (% change)</source>
        <translation>电话量视为下滑的变化幅度（%）</translation>
    </message>
    <message>
        <source>Daily deals unstable from (± %)</source>
        <translation>每日签单视为不稳定的起点（± %）</translation>
    </message>
    <message>
        <source>Daily deals steady up to (± %)</source>
        <translation>每日签单视为平稳的上限（± %）</translation>
    </message>
    <message>
        <source>Daily revenue unstable from (± %)</source>
        <translation>每日业绩额视为不稳定的起点（± %）</translation>
    </message>
    <message>
        <source>Daily revenue steady up to (± %)</source>
        <translation>每日业绩额视为平稳的上限（± %）</translation>
    </message>
    <message>
        <source>Connect rate falling at (points a week)</source>
        <translation>接通率视为下降的幅度（每周百分点）</translation>
    </message>
    <message>
        <source>Conversion falling at (% a week)</source>
        <translation>转化率视为下降的幅度（每周 %）</translation>
    </message>
    <message>
        <source>Conversion rising at (% a week)</source>
        <translation>转化率视为提升的幅度（每周 %）</translation>
    </message>
    <message>
        <source>Half-year results still climbing at (% a week)</source>
        <translation>半年业绩仍在攀升（每周 %）</translation>
    </message>
    <message>
        <source>Half-year results steady up to (± % a week)</source>
        <translation>半年业绩平稳上限（每周 ± %）</translation>
    </message>
    <message>
        <source>People stay: departures in 180 days up to (% of headcount)</source>
        <translation>人员稳定：180 天内离职不超过（占人数 %）</translation>
    </message>
    <message>
        <source>Many low performers (% of reps)</source>
        <translation>低产出人数偏多（占业务员 %）</translation>
    </message>
    <message>
        <source>Survey counts half after (days)</source>
        <translation>问卷权重减半的天数</translation>
    </message>
    <message>
        <source>Survey ignored after (days)</source>
        <translation>问卷失效的天数</translation>
    </message>
    <message>
        <source>Activity too old to judge after (days)</source>
        <translation>通话数据过旧、不再判断的天数</translation>
    </message>
    <message>
        <source>Fewest working days to judge</source>
        <translation>判断所需的最少工作日数</translation>
    </message>
    <message>
        <source>Fewest deals a day to judge steadiness</source>
        <translation>判断稳定性所需的每日最少签单数</translation>
    </message>
    <message>
        <source>A team younger than this reads as forming: people are still learning the work and each other.</source>
        <translation>组建时间短于此值的团队视为磨合期：成员还在熟悉工作，也在彼此熟悉。</translation>
    </message>
    <message>
        <source>From this age on, team age points to norming rather than storming.</source>
        <translation>从这个团队年龄起，团队年龄指向安稳期而不是动乱期。</translation>
    </message>
    <message>
        <source>Only a team at least this old can read as performing by its age.</source>
        <translation>团队至少达到这个年龄，才会按年龄被视为成熟期。</translation>
    </message>
    <message>
        <source>Share of selling reps with under 30 days&apos; tenure from which the team counts as largely new.</source>
        <translation>入职不满 30 天的业务员占比达到此值，团队即视为以新人为主。</translation>
    </message>
    <message>
        <source>The same for reps with under 90 days&apos; tenure.</source>
        <translation>同上，针对入职不满 90 天的业务员。</translation>
    </message>
    <message>
        <source>Departures in the last 30 days divided by the average headcount; from this share turnover is high.</source>
        <translation>近 30 天离职人数除以平均在岗人数；达到此比例即视为流失率偏高。</translation>
    </message>
    <message>
        <source>The same over the last 90 days.</source>
        <translation>同上，统计近 90 天。</translation>
    </message>
    <message>
        <source>Calls per working day in the last 14 days against the 28 days before: a fall this large or larger is a drop.</source>
        <translation>近 14 天每个工作日的电话量与此前 28 天相比：下降幅度达到或超过此值即视为下滑。</translation>
    </message>
    <message>
        <source>Day-to-day swing of deals beyond chance (trend and random noise removed) from which results are unstable.</source>
        <translation>每日签单超出正常幅度的波动（已去除趋势和随机波动）达到此值时，业绩视为不稳定。</translation>
    </message>
    <message>
        <source>Swing of daily deals up to which results count as steady.</source>
        <translation>每日签单波动不超过此值时，业绩视为平稳。</translation>
    </message>
    <message>
        <source>Day-to-day swing of revenue beyond chance from which revenue is unstable.</source>
        <translation>每日业绩额超出正常幅度的波动达到此值时，业绩额视为不稳定。</translation>
    </message>
    <message>
        <source>Swing of daily revenue up to which revenue counts as steady.</source>
        <translation>每日业绩额波动不超过此值时，视为平稳。</translation>
    </message>
    <message>
        <source>Weekly trend of the connect rate over the last 8 weeks, in percentage points, that counts as a fall.</source>
        <translation>近 8 周接通率每周变化（百分点）达到此值即视为下降。</translation>
    </message>
    <message>
        <source>Weekly relative change of conversion over the last 8 weeks that counts as a fall.</source>
        <translation>近 8 周转化率每周相对变化达到此值即视为下降。</translation>
    </message>
    <message>
        <source>Weekly relative change of conversion that counts as a rise.</source>
        <translation>转化率每周相对变化达到此值即视为提升。</translation>
    </message>
    <message>
        <source>Weekly relative rise of deals per call over the last 26 weeks from which results are still climbing (norming); a fall as large is a slide.</source>
        <translation>最近 26 周每通电话成交数的每周相对升幅达到此值，说明业绩仍在攀升（规范期）；同等幅度的下降则为下滑。</translation>
    </message>
    <message>
        <source>Week-to-week swing of deals per call beyond chance up to which half a year of results counts as steady, a sign of a mature team.</source>
        <translation>每通电话成交数逐周波动（剔除偶然因素）不超过此值时，半年业绩算作平稳，这是成熟团队的标志。</translation>
    </message>
    <message>
        <source>Departures over the last 180 days divided by the average headcount; at or below this share people stay, a sign of a mature team.</source>
        <translation>最近 180 天离职人数除以平均人数；不高于此比例说明人员稳定，这是成熟团队的标志。</translation>
    </message>
    <message>
        <source>Share of reps producing under half the team median (last 28 days) that is high.</source>
        <translation>产出不到团队中位数一半（近 28 天）的人数占比达到此值即视为偏高。</translation>
    </message>
    <message>
        <source>A stage survey counts half as much after this many days, a quarter after twice as many.</source>
        <translation>阶段问卷在这么多天后权重减半，两倍天数后只剩四分之一。</translation>
    </message>
    <message>
        <source>A stage survey older than this is not used.</source>
        <translation>超过此天数的阶段问卷不再使用。</translation>
    </message>
    <message>
        <source>When the newest activity is older than this, trends are not judged and the diagnosis says so.</source>
        <translation>最新通话数据早于此天数时，不再判断趋势，诊断会注明这一点。</translation>
    </message>
    <message>
        <source>A window with fewer working days than this is too short to judge.</source>
        <translation>统计区间的工作日少于此值时，时间太短，无法判断。</translation>
    </message>
    <message>
        <source>With fewer deals per working day, how steady results are is not judged.</source>
        <translation>每个工作日签单少于此值时，不判断业绩是否稳定。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ThresholdProblems</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>must be below %1 (%2)</source>
        <translation>必须低于%1（%2）</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>team ages must rise: young &lt; settled &lt; mature</source>
        <translation>团队天数须依次递增：新组建 &lt; 趋于稳定 &lt; 成熟</translation>
    </message>
    <message>
        <source>“%1” is not a threshold</source>
        <translation>“%1”不是阈值</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of days</source>
        <translation>“%1”不是整数天数</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be more than 0 % and at most 100 %</source>
        <translation>必须大于 0% 且不超过 100%</translation>
    </message>
    <message>
        <source>must be below 0: a drop is a fall</source>
        <translation>必须小于 0：下滑指的是下降</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Change signal thresholds</source>
        <translation>修改信号阈值</translation>
    </message>
    <message>
        <source>Signal Thresholds</source>
        <translation>信号阈值</translation>
    </message>
    <message>
        <source>The limits the diagnosis of %1 judges its signals by. Shares and changes are in percent. Double-click a value or press F2 to change it; changes apply to this team only.</source>
        <translation>诊断 %1 时判断各项信号所用的阈值。占比和变化以百分比表示。双击某个值（或按 F2）即可修改；修改只对本团队生效。</translation>
    </message>
    <message>
        <source>The limits the diagnosis judges the team&apos;s signals by. Shares and changes are in percent. Double-click a value or press F2 to change it; changes apply to this team only.</source>
        <translation>诊断时判断团队各项信号所用的阈值。占比和变化以百分比表示。双击某个值（或按 F2）即可修改；修改只对本团队生效。</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected threshold back to its default</source>
        <translation>把选中的阈值恢复为默认值</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>全部恢复(&amp;A)</translation>
    </message>
    <message>
        <source>Put every threshold back to its default</source>
        <translation>把所有阈值恢复为默认值</translation>
    </message>
</context>
<context>
    <name>ThresholdsModel</name>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>This team</source>
        <translation>本团队</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change; type a number</source>
        <translation>双击或按 F2 修改；输入数字</translation>
    </message>
    <message>
        <source>Differs from the default (%1)</source>
        <translation>与默认值（%1）不同</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Diagnosed: %1 (confidence %2)</source>
        <translation>诊断：%1（可信度 %2）</translation>
    </message>
    <message>
        <source>Principal contradiction: %1</source>
        <translation>主要矛盾：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Formed %1</source>
        <translation>组建于 %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Principal contradiction</source>
        <translation>主要矛盾</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>● accepted   ■ confirmed   ▲ overridden — colour: stage; line: the stage held; dashed: the day the team formed</source>
        <translation>● 采纳   ■ 确认   ▲ 改判 — 颜色：阶段；实线：认定阶段；虚线：团队组建日</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取阶段历史：%1</translation>
    </message>
    <message>
        <source>Loading the stage history…</source>
        <translation>正在加载阶段历史…</translation>
    </message>
    <message>
        <source>No stage history yet: accept a diagnosis to start the timeline</source>
        <translation>还没有阶段历史：采纳一次诊断即可开始时间线</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>This data was changed since (in another window or by another user), so this step cannot be undone or redone. The undo history has been cleared.</source>
        <translation>这些数据在此之后已被修改（在另一个窗口中或由其他用户），因此这一步无法撤销或重做。撤销历史已清空。</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone. The undo history has been cleared.</source>
        <translation>这一步无法撤销或重做。撤销历史已清空。</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>New Version of %1</source>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <source>What changed and &amp;why:</source>
        <translation>改了什么、为什么(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>VersionModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ViewLoader</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>WarRoomBoard</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>War Room — %1</source>
        <translation>作战室 — %1</translation>
    </message>
    <message>
        <source>This contest ranks individuals only.</source>
        <translation>本次比赛只排个人名次。</translation>
    </message>
    <message>
        <source>Top ten</source>
        <translation>个人前十</translation>
    </message>
    <message>
        <source>No points yet: the first deal takes the lead.</source>
        <translation>还没有积分：第一单就能领先！</translation>
    </message>
    <message>
        <source>On their way</source>
        <translation>正在追赶</translation>
    </message>
    <message>
        <source>Everyone is in the top half!</source>
        <translation>所有人都在上半区！</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>No points in the last 7 days yet.</source>
        <translation>近 7 天还没有积分。</translation>
    </message>
    <message>
        <source>Today&apos;s deals</source>
        <translation>今日成交</translation>
    </message>
    <message>
        <source>No deals yet today — who opens the scoreboard?</source>
        <translation>今天还没有成交——谁来拿下第一单？</translation>
    </message>
    <message>
        <source>No contest is running</source>
        <translation>当前没有进行中的比赛</translation>
    </message>
    <message>
        <source>Start one on the team&apos;s Contests tab: the board lights up the moment it begins. Deals logged today still scroll along the bottom.</source>
        <translation>在团队的“比赛”页发起一场比赛，比赛一开始看板就会亮起来。今天登记的成交仍会在底部滚动显示。</translation>
    </message>
    <message>
        <source>Refreshing the board…</source>
        <translation>正在刷新看板…</translation>
    </message>
    <message>
        <source>Could not refresh the board: %1</source>
        <translation>看板刷新失败：%1</translation>
    </message>
    <message>
        <source>War Room</source>
        <translation>作战室</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Final standings · ended %1</source>
        <translation>最终排名 · %1 结束</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>D log a deal · F11 full screen · Esc close</source>
        <translation>D 登记成交 · F11 全屏 · Esc 关闭</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Deal!</source>
        <translation>成交！</translation>
    </message>
    <message>
        <source>Announce a deal by %1</source>
        <translation>登记 %1 的成交</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>Drill score: %1</source>
        <translation>演练得分：%1</translation>
    </message>
    <message>
        <source>Answered well: %1</source>
        <translation>答好：%1</translation>
    </message>
    <message>
        <source>Connect rate: %1</source>
        <translation>接通率：%1</translation>
    </message>
    <message>
        <source>Conversion: %1</source>
        <translation>转化率：%1</translation>
    </message>
    <message>
        <source>Script versions: %1</source>
        <translation>话术版本：%1</translation>
    </message>
</context>
</TS>

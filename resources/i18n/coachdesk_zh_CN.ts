<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>要把四个演示团队（磨合期、动荡期、稳定期、成熟期）添加到这个数据库吗？
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
        <translation>&lt;h3&gt;coachdesk 教练台 %1&lt;/h3&gt;&lt;p&gt;电话销售团队的辅导工具：跟踪每个团队经历磨合期、动荡期、稳定期和成熟期，划分相互竞赛的小组，演练电话话术，打印辅导计划。&lt;/p&gt;&lt;p&gt;中文字体：文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
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
        <source>%1 · formed %2 (%3 days ago) · %4 active members, %5 left · %6 groups</source>
        <translation>%1 · 组建于 %2（%3 天前）· 在职 %4 人，离职 %5 人 · %6 个小组</translation>
    </message>
    <message>
        <source>no product set</source>
        <translation>未设置产品</translation>
    </message>
</context>
</TS>

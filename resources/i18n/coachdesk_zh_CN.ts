<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&amp;New Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the team&apos;s name, product, formation date or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the team with its members and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Mem&amp;ber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected member left the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected member (only for entries made by mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group with its name, slogan and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve to Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>coachdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Open Database File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a coachdesk SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add four demo teams, one in each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About coachdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coachdesk database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the four demo teams (forming, storming, norming and performing) to this database?
Teams with the same names are replaced. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data not loaded (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 demo teams with %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About coachdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;coachdesk %1&lt;/h3&gt;&lt;p&gt;Coaching desk for telephone-sales teams: follow each team through the forming, storming, norming and performing stages, split it into competing groups, drill the phone script and print coaching plans.&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupBoard</name>
    <message>
        <source>Drag a member onto another group to move them; the move is dated today and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet. Split the team into groups of roughly equal strength with Team → New Group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCard</name>
    <message>
        <source>Not in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no slogan yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop members here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no leader yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader is moved into this group if they are elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 猛虎队</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slogan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 猛虎下山，业绩翻番</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 本月签单 40 单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not pass probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned: pressure of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned: pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to another team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Record Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), hired on %3. Their group membership ends on the last day; the history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo/redo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coachdesk — telesales team coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first team, or load the demo teams to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CN024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Filter by name, employee ID, group, role…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product / project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the current group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} characters is too long; at most {max} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” may only use letters, digits, “.”, “_” and “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (digits, spaces, “-”, “+”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} does not fit {other} {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is already used by {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} left on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must belong to this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>Delete Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its %2 members and %3 groups?
You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) and their group history?
If they left the team, use Record Leaving instead so turnover stays visible. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group %1? Its members are left without a group and its history is removed.
You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Create team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database can be changed with File → Open Database, or with --db / COACHDESK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 城南电销二部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product / project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the team sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamListModel</name>
    <message>
        <source>%1 members · %2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Product: %2
Formed %3 (%4 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · formed %2 (%3 days ago) · %4 active members, %5 left · %6 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

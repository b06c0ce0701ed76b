<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Say who you are first (Settings ▸ Who Is Using This Workspace…, or --as LOGIN on the command line): nothing is changed on nobody&apos;s behalf.</source>
        <translation>请先说明你是谁（“设置 ▸ 谁在使用此工作区…”，或在命令行中用 --as 账号）：不会以无名身份做任何修改。</translation>
    </message>
    <message>
        <source>Finance records confirmations and payments; %1 are entered by the team.</source>
        <translation>财务只记录确认与付款；%1由团队录入。</translation>
    </message>
    <message>
        <source>These %1 are another member&apos;s; a rep changes only their own.</source>
        <translation>这些%1属于其他成员；销售只能修改自己的。</translation>
    </message>
    <message>
        <source>A rep enters %1 as their own, not for another member (a manager can reassign them).</source>
        <translation>销售录入的%1只能记在自己名下，不能记给其他成员（经理可以改派）。</translation>
    </message>
    <message>
        <source>This customer has no owner yet; a manager decides whose it is.</source>
        <translation>这个客户还没有负责人；由经理决定归属。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>A deal is confirmed by finance or a manager, not by its rep.</source>
        <translation>商机由财务或经理确认，而不是由其销售确认。</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Only won deals are confirmed.</source>
        <translation>只有赢单才能确认。</translation>
    </message>
    <message>
        <source>Confirmations come from finance or a manager.</source>
        <translation>确认只能由财务或经理做出。</translation>
    </message>
    <message>
        <source>Only a manager changes %1.</source>
        <translation>只有经理可以修改%1。</translation>
    </message>
    <message>
        <source>members and teams</source>
        <translation>成员和团队</translation>
    </message>
    <message>
        <source>the workspace&apos;s settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <source>The finance handoff is written by a manager or by finance.</source>
        <translation>财务交接文件由经理或财务导出。</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>a member is required</source>
        <translation>请选择成员</translation>
    </message>
    <message>
        <source>a customer is required</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <source>a date and time are required</source>
        <translation>请填写日期和时间</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>there is no such customer</source>
        <translation>没有这个客户</translation>
    </message>
    <message>
        <source>there is no such deal</source>
        <translation>没有这个商机</translation>
    </message>
    <message>
        <source>the deal belongs to another customer</source>
        <translation>该商机属于其他客户</translation>
    </message>
    <message>
        <source>another follow-up already has the id “%1”</source>
        <translation>编号“%1”已被另一条跟进记录使用</translation>
    </message>
    <message>
        <source>The follow-up no longer exists</source>
        <translation>该跟进记录已不存在</translation>
    </message>
</context>
<context>
    <name>AdjustmentService</name>
    <message>
        <source>choose the member the adjustment is for</source>
        <translation>请选择调整针对的成员</translation>
    </message>
    <message>
        <source>choose the period of the adjustment</source>
        <translation>请选择调整所属的周期</translation>
    </message>
    <message>
        <source>an adjustment is an amount other than zero</source>
        <translation>调整金额不能为零</translation>
    </message>
    <message>
        <source>say why: an adjustment needs a reason</source>
        <translation>请说明原因：调整必须填写原因</translation>
    </message>
    <message>
        <source>the adjustment no longer exists</source>
        <translation>该调整已不存在</translation>
    </message>
    <message>
        <source>adjustments</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before the day&apos;s first change</source>
        <translation>当天第一次修改之前</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>before a period close</source>
        <translation>结账之前</translation>
    </message>
    <message>
        <source>before an upgrade of its format</source>
        <translation>升级文件格式之前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before merging the team&apos;s changes</source>
        <translation>合并团队改动之前</translation>
    </message>
    <message>
        <source>the damaged file, set aside by a restore</source>
        <translation>已损坏的文件（恢复时移到一旁保留）</translation>
    </message>
    <message>
        <source>it is not a file Attain wrote</source>
        <translation>它不是 Attain 写出的文件</translation>
    </message>
    <message>
        <source>A workspace cannot be restored from itself.</source>
        <translation>工作区不能从自身恢复。</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>%1 cannot be restored from: %2</source>
        <translation>无法从 %1 恢复：%2</translation>
    </message>
    <message>
        <source>Close %1 before restoring it.</source>
        <translation>请先关闭 %1，再恢复它。</translation>
    </message>
    <message>
        <source>No backup of it was found (Attain keeps them in the folder %1 beside it); if you have a copy of it, open that instead.</source>
        <translation>没有找到它的备份（Attain 把备份放在它旁边的文件夹 %1 中）；如果你有它的副本，请改为打开副本。</translation>
    </message>
    <message>
        <source>Its newest backup is from %1 (%2, in the folder %3 beside it). To restore it, use File ▸ Backups… in Attain, or run:
    attain-cli restore &quot;%4&quot; --from &quot;%5&quot;</source>
        <translation>它最新的备份来自 %1（%2，位于它旁边的文件夹 %3 中）。要恢复，请在 Attain 中使用“文件 ▸ 备份…”，或运行：
    attain-cli restore &quot;%4&quot; --from &quot;%5&quot;</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>备份已停止。</translation>
    </message>
    <message>
        <source>%1 is open in an Attain window (process %2). Restore it from that window with File ▸ Backups…, or close it there first.</source>
        <translation>%1 正在一个 Attain 窗口中打开（进程 %2）。请在那个窗口中用“文件 ▸ 备份…”恢复，或先在那里关闭它。</translation>
    </message>
    <message>
        <source>%1 is open in Attain on %2. Close it there first.</source>
        <translation>%1 正在 %2 上的 Attain 中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>%1 could not be moved aside into %2; nothing was changed.</source>
        <translation>无法把 %1 移到 %2；没有做任何改动。</translation>
    </message>
    <message>
        <source>The log beside %1 could not be moved into %2; nothing was changed.</source>
        <translation>无法把 %1 旁边的日志移到 %2；没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>A loaded %1 row refers to a missing %2 record (row %3)</source>
        <translation>导入的 %1 第 %3 行引用了不存在的 %2 记录</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>ownership decision</source>
        <translation>归属决定</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <extracomment>%1 is the kind of record, %2 the field: &quot;Change deal amount&quot;</extracomment>
        <translation>修改%1%2</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>撤销或重做失败</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
</context>
<context>
    <name>ChangeReplay</name>
    <message>
        <source>This change was too large to be undone row by row.</source>
        <translation>这次改动太大，无法逐行撤销。</translation>
    </message>
    <message>
        <source>%1 was changed since (in another window, or by attain-cli), so this cannot be undone or redone.</source>
        <translation>%1 在此之后已被修改（在另一个窗口中，或由 attain-cli），因此无法撤销或重做。</translation>
    </message>
    <message>
        <source>Deal %1 takes this rate, so it cannot be undone.</source>
        <translation>商机 %1 使用此汇率，无法撤销。</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>¥10k</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>¥ thousands</source>
        <translation>千元</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Usage: attain-cli %1 %2</source>
        <translation>用法：attain-cli %1 %2</translation>
    </message>
    <message>
        <source>row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>Usage: attain-cli COMMAND [ARGS]</source>
        <translation>用法：attain-cli 命令 [参数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 invalid input or failed check, 2 usage error.</source>
        <translation>退出码：0 成功，1 输入无效或检查未通过，2 用法错误。</translation>
    </message>
    <message>
        <source>`attain-cli COMMAND --help` describes a command&apos;s options.</source>
        <translation>“attain-cli 命令 --help”可查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run attain-cli --help for the list.</source>
        <translation>未知命令“%1”。运行 attain-cli --help 查看命令列表。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>small: 15 members, two years; large: 200 members, 1,000,000 deals.</source>
        <translation>small:15 名成员、两年数据；large:200 名成员、1,000,000 个商机。</translation>
    </message>
    <message>
        <source>--seed takes a whole number and --scale takes small or large</source>
        <translation>--seed 需要整数，--scale 只能是 small 或 large</translation>
    </message>
    <message>
        <source>generating… %1%</source>
        <translation>正在生成… %1%</translation>
    </message>
    <message>
        <source>Created demo workspace %1</source>
        <translation>已创建演示工作区 %1</translation>
    </message>
    <message>
        <source>  %1 teams, %2 members, %3 customers</source>
        <translation>  %1 个团队，%2 名成员，%3 个客户</translation>
    </message>
    <message>
        <source>  %1 deals (%2 split), %3 follow-ups, %4 ratings, %5 targets</source>
        <translation>  %1 个商机（%2 个拆分业绩），%3 条跟进，%4 条评价，%5 个目标</translation>
    </message>
    <message>
        <source>  %1 s, %2 MB</source>
        <translation>  %1 秒，%2 MB</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1:%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty workspace.</source>
        <translation>创建一个空工作区。</translation>
    </message>
    <message>
        <source>Create a workspace filled with a realistic demo team.</source>
        <translation>创建一个包含逼真演示团队数据的工作区。</translation>
    </message>
    <message>
        <source>Verify integrity and invariants; exit 0 only when all hold.</source>
        <translation>检查完整性和数据规则；全部通过时退出码为 0。</translation>
    </message>
    <message>
        <source>members, customers, deals, activities, ratings, targets or finance-return.</source>
        <translation>members、customers、deals、activities、ratings、targets 或 finance-return。</translation>
    </message>
    <message>
        <source>Check every row; write nothing.</source>
        <translation>检查每一行，不写入任何内容。</translation>
    </message>
    <message>
        <source>utf-8, utf-16, gb18030 … (detected when not given).</source>
        <translation>utf-8、utf-16、gb18030 等（不指定时自动识别）。</translation>
    </message>
    <message>
        <source>--kind takes one of: %1</source>
        <translation>--kind 取以下之一：%1</translation>
    </message>
    <message>
        <source>--encoding takes one of: %1</source>
        <translation>--encoding 取以下之一：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n 个问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>试运行：未写入任何内容</translation>
    </message>
    <message>
        <source>The period: 2025-06, 2025-Q2 or 2025.</source>
        <translation>周期：2025-06、2025-Q2 或 2025。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>utf8 (with a BOM, the default) or gb18030.</source>
        <translation>utf8（带 BOM，默认）或 gb18030。</translation>
    </message>
    <message>
        <source>Write an Excel workbook instead of CSV.</source>
        <translation>写出 Excel 工作簿而不是 CSV。</translation>
    </message>
    <message>
        <source>--period takes a month (2025-06), a quarter (2025-Q2) or a year (2025)</source>
        <translation>--period 取月份（2025-06）、季度（2025-Q2）或年份（2025）</translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation>需要 --out PATH</translation>
    </message>
    <message>
        <source>--encoding applies to CSV files, not to --xlsx</source>
        <translation>--encoding 只用于 CSV 文件，不用于 --xlsx</translation>
    </message>
    <message>
        <source>--encoding takes utf8 or gb18030</source>
        <translation>--encoding 取 utf8 或 gb18030</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Import a CSV file, all or nothing.</source>
        <translation>导入 CSV 文件：要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>Only this member.</source>
        <translation>只看此成员。</translation>
    </message>
    <message>
        <source>Score the teams instead of the members.</source>
        <translation>为团队评分，而不是成员。</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format 取 table、csv 或 json</translation>
    </message>
    <message>
        <source>--member and --teams cannot be combined</source>
        <translation>--member 和 --teams 不能同时使用</translation>
    </message>
    <message>
        <source>There is no member “%1”.</source>
        <translation>没有成员“%1”。</translation>
    </message>
    <message>
        <source>%1 is a finance member and has no scorecard.</source>
        <translation>%1 是财务成员，没有成绩单。</translation>
    </message>
    <message>
        <source>The member, or team:NAME.</source>
        <translation>成员，或 team：团队名。</translation>
    </message>
    <message>
        <source>--member LOGIN is required</source>
        <translation>需要 --member 账号</translation>
    </message>
    <message>
        <source>There is no scored member or team “%1”.</source>
        <translation>没有参与评分的成员或团队“%1”。</translation>
    </message>
    <message>
        <source>Scorecards for a period.</source>
        <translation>某一周期的成绩单。</translation>
    </message>
    <message>
        <source>A scorecard line by line, with what the next tier needs.</source>
        <translation>逐项说明成绩单，以及达到下一档所需。</translation>
    </message>
    <message>
        <source>Commission and awards for a period, line by line.</source>
        <translation>某一周期的提成与奖励，逐行列出。</translation>
    </message>
    <message>
        <source>Reopen a closed period (needs --reason).</source>
        <translation>重新打开已结账的周期（需要 --reason）。</translation>
    </message>
    <message>
        <source>Why the period is reopened.</source>
        <translation>重新打开周期的原因。</translation>
    </message>
    <message>
        <source>List the changes since the close and what they do.</source>
        <translation>列出结账以后的改动及其影响。</translation>
    </message>
    <message>
        <source>--reopen and --discrepancies do not go together</source>
        <translation>--reopen 与 --discrepancies 不能同时使用</translation>
    </message>
    <message>
        <source>--reopen needs --reason TEXT: say why the period is reopened</source>
        <translation>--reopen 需要 --reason 文字：说明重新打开的原因</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>已重新打开 %1</translation>
    </message>
    <message>
        <source>%1 is not closed</source>
        <translation>%1 尚未结账</translation>
    </message>
    <message>
        <source>changes since the close: %1</source>
        <translation>结账后的改动：%1</translation>
    </message>
    <message>
        <source>members affected: %1</source>
        <translation>受影响的成员：%1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>已结账 %1</translation>
    </message>
    <message>
        <source>Freeze a period&apos;s scores and statements; reopen it with a reason; list what changed since.</source>
        <translation>冻结一个周期的成绩与对账单；说明原因后可重新打开；列出结账后的改动。</translation>
    </message>
    <message>
        <source>Write the period&apos;s won deals for finance, one row per credited member, and the payouts file beside it.</source>
        <translation>为财务写出本周期的赢单（每个计业绩成员一行），并在旁边写出发放文件。</translation>
    </message>
    <message>
        <source>revenue, attainment, progress, satisfaction or team.</source>
        <translation>revenue、attainment、progress、satisfaction 或 team。</translation>
    </message>
    <message>
        <source>Show the board as this member sees it (its audience and display mode).</source>
        <translation>按此成员看到的样子显示（应用其公开范围与显示方式）。</translation>
    </message>
    <message>
        <source>--board takes revenue, attainment, progress, satisfaction or team</source>
        <translation>--board 取 revenue、attainment、progress、satisfaction 或 team</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4</source>
        <translation>%1 · %2 · %3，%4</translation>
    </message>
    <message>
        <source>Ranks %1. %2</source>
        <translation>排名依据：%1。%2</translation>
    </message>
    <message>
        <source>  ← you</source>
        <translation>  ← 你</translation>
    </message>
    <message>
        <source>A leaderboard as a member sees it: its audience and display mode applied.</source>
        <translation>某成员看到的排行榜：应用公开范围与显示方式。</translation>
    </message>
    <message>
        <source>The backup to restore (a path from `backups`).</source>
        <translation>要恢复的备份（backups 命令列出的路径）。</translation>
    </message>
    <message>
        <source>--from BACKUP is required (attain-cli backups FILE lists them)</source>
        <translation>需要 --from 备份（attain-cli backups 文件 可列出备份）</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>The state it had is kept as %1</source>
        <translation>恢复前的状态已保存为 %1</translation>
    </message>
    <message>
        <source>Where to write the copy (without it: a backup in the backups folder).</source>
        <translation>副本写到哪里（不指定时：在备份文件夹中做一次备份）。</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>已把 %1 复制为 %2</translation>
    </message>
    <message>
        <source>List the workspace&apos;s backups, newest first: path, time, size, what made it.</source>
        <translation>列出工作区的备份，最新的在前：路径、时间、大小、备份原因。</translation>
    </message>
    <message>
        <source>Restore a backup, keeping the current state as one more backup.</source>
        <translation>恢复一个备份，并把当前状态另存为一个备份。</translation>
    </message>
    <message>
        <source>Back the workspace up now, or write a copy of it (never copy a workspace by hand).</source>
        <translation>立即备份工作区，或写出它的副本（切勿手动复制工作区文件）。</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>等待中：%1</translation>
    </message>
    <message>
        <source>it is open in Attain on %1</source>
        <translation>它正在 %1 上的 Attain 中打开</translation>
    </message>
    <message>
        <source>The member making the change (their login).</source>
        <translation>做出此修改的成员（其账号）。</translation>
    </message>
    <message>
        <source>There is no member “%1” in %2.</source>
        <translation>%2 中没有成员“%1”。</translation>
    </message>
    <message>
        <source>Say who makes this change with --as LOGIN (%1 has %2 managers: %3).</source>
        <translation>请用 --as 账号 说明由谁做出此修改（%1 有 %2 位经理：%3）。</translation>
    </message>
    <message>
        <source>PIN or password of %1: </source>
        <translation>%1 的 PIN 或密码：</translation>
    </message>
    <message>
        <source>%1 has a PIN or password: set ATTAIN_PIN, or run the command in a terminal to be asked for it.</source>
        <translation>%1 设有 PIN 或密码：请设置 ATTAIN_PIN，或在终端中运行该命令以便输入。</translation>
    </message>
    <message>
        <source>Whose PIN or password (default: the one making the change).</source>
        <translation>谁的 PIN 或密码（默认：执行更改的成员）。</translation>
    </message>
    <message>
        <source>Remove it instead.</source>
        <translation>改为移除它。</translation>
    </message>
    <message>
        <source>Say whose PIN or password with --member LOGIN.</source>
        <translation>请用 --member 登录名 指明是谁的 PIN 或密码。</translation>
    </message>
    <message>
        <source>New PIN or password: </source>
        <translation>新的 PIN 或密码：</translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two did not match; nothing was changed.</source>
        <translation>两次输入不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>Give the new PIN or password in ATTAIN_NEW_PIN, or run the command in a terminal to be asked for it.</source>
        <translation>请在 ATTAIN_NEW_PIN 中给出新的 PIN 或密码，或在终端中运行该命令以便输入。</translation>
    </message>
    <message>
        <source>%1 has no PIN or password now.</source>
        <translation>%1 现在没有 PIN 或密码。</translation>
    </message>
    <message>
        <source>%1&apos;s PIN or password is set.</source>
        <translation>%1 的 PIN 或密码已设置。</translation>
    </message>
    <message>
        <source>Set, change or remove a member&apos;s PIN or password (new one in ATTAIN_NEW_PIN, or asked).</source>
        <translation>设置、更改或移除成员的 PIN 或密码（新的从 ATTAIN_NEW_PIN 读取，或当场询问）。</translation>
    </message>
    <message>
        <source>The day to give the pace on (default: today).</source>
        <translation>按哪一天给出进度（默认：今天）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than any team sync file</source>
        <translation>%1 比任何团队同步文件都大</translation>
    </message>
    <message>
        <source>The rep to invite.</source>
        <translation>要邀请的销售代表。</translation>
    </message>
    <message>
        <source>Where to write the invitation.</source>
        <translation>邀请文件写到哪里。</translation>
    </message>
    <message>
        <source>--member LOGIN and --out FILE are required</source>
        <translation>需要 --member 登录名 和 --out 文件</translation>
    </message>
    <message>
        <source>Invited %1: give them %2 (File ▸ Join a Team… or attain-cli sync join).</source>
        <translation>已邀请 %1：请把 %2 交给对方（文件 ▸ 加入团队…，或 attain-cli sync join）。</translation>
    </message>
    <message>
        <source>The rep&apos;s new workspace.</source>
        <translation>销售代表的新工作区。</translation>
    </message>
    <message>
        <source>--out REP.attain is required</source>
        <translation>需要 --out 代表工作区.attain</translation>
    </message>
    <message>
        <source>Joined: %1 is %2&apos;s own workspace.</source>
        <translation>已加入：%1 是 %2 自己的工作区。</translation>
    </message>
    <message>
        <source>The bundle (with --all: a folder).</source>
        <translation>同步包（用 --all 时为文件夹）。</translation>
    </message>
    <message>
        <source>At the hub: the rep the bundle is for.</source>
        <translation>在团队工作区：同步包发给哪位销售代表。</translation>
    </message>
    <message>
        <source>At the hub: one bundle per invited rep.</source>
        <translation>在团队工作区：为每位已邀请的销售代表各写一个同步包。</translation>
    </message>
    <message>
        <source>Everything the other side has not acknowledged, not only what is new.</source>
        <translation>对方尚未确认收到的全部内容，而不只是新的变更。</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>需要 --out</translation>
    </message>
    <message>
        <source>This is the team&apos;s workspace: say --for LOGIN or --all</source>
        <translation>这是团队工作区：请指定 --for 登录名 或 --all</translation>
    </message>
    <message>
        <source>Decided conflicts too.</source>
        <translation>也列出已裁定的冲突。</translation>
    </message>
    <message>
        <source>The conflict&apos;s id (sync conflicts).</source>
        <translation>冲突编号（见 sync conflicts）。</translation>
    </message>
    <message>
        <source>hub or rep.</source>
        <translation>hub（团队）或 rep（代表）。</translation>
    </message>
    <message>
        <source>A value of your own.</source>
        <translation>自己填写的值。</translation>
    </message>
    <message>
        <source>Say --conflict ID and either --keep hub|rep or --value V</source>
        <translation>请给出 --conflict 编号，以及 --keep hub|rep 或 --value 值 之一</translation>
    </message>
    <message>
        <source>Conflict %1 decided.</source>
        <translation>冲突 %1 已裁定。</translation>
    </message>
    <message>
        <source>This workspace does not take part in team sync.</source>
        <translation>此工作区未参与团队同步。</translation>
    </message>
    <message>
        <source>(not joined yet)</source>
        <translation>（尚未加入）</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>已于 %1 被替换</translation>
    </message>
    <message>
        <source>Usage: attain-cli sync %1</source>
        <translation>用法：attain-cli sync %1</translation>
    </message>
    <message>
        <source>Team sync: invite a rep, join a team, export and apply bundles, decide conflicts.</source>
        <translation>团队同步：邀请销售代表、加入团队、导出和应用同步包、裁定冲突。</translation>
    </message>
</context>
<context>
    <name>ColumnLabels</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed / expected</source>
        <translation>成交/预计成交</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Credit splits</source>
        <translation>业绩拆分</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争议</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner since</source>
        <translation>负责起始</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起日期</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>争取人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>In its currency</source>
        <translation>原币金额</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>“%1” is not an encoding Attain reads; use one of %2</source>
        <translation>“%1”不是 Attain 能读取的编码；请使用 %2 之一</translation>
    </message>
    <message>
        <source>The delimiter is a comma, a semicolon or a tab</source>
        <translation>分隔符须为逗号、分号或制表符</translation>
    </message>
    <message>
        <source>%1 changed while it was read (another program is writing it); nothing was imported. Import it again when it is complete.</source>
        <translation>读取 %1 时它发生了变化（另一个程序正在写它）；没有导入任何内容。请等文件写完后再导入。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>the bytes %1 are not UTF-8, as the rest of the file is; correct this cell, or choose the file&apos;s encoding</source>
        <translation>字节 %1 不是 UTF-8，而文件其余部分是 UTF-8；请改正这个单元格，或选择文件的编码</translation>
    </message>
    <message>
        <source>the bytes %1 are neither UTF-8 nor GB18030; choose the file&apos;s encoding</source>
        <translation>字节 %1 既不是 UTF-8 也不是 GB18030；请选择文件的编码</translation>
    </message>
    <message>
        <source>the bytes %1 are not UTF-8; choose the file&apos;s encoding (GB18030 for files saved by Chinese Excel)</source>
        <translation>字节 %1 不是 UTF-8；请选择文件的编码（中文版 Excel 保存的文件选 GB18030）</translation>
    </message>
    <message>
        <source>this row is not valid %1; choose the file&apos;s encoding</source>
        <translation>这一行不是有效的 %1；请选择文件的编码</translation>
    </message>
    <message>
        <source>a quoted field is not closed: its opening quote has no closing one before the end of the file</source>
        <translation>引号没有闭合：开头的引号直到文件末尾都没有对应的结束引号</translation>
    </message>
    <message>
        <source>text after a closing quote (a quote inside a quoted field is written twice: &quot;&quot;)</source>
        <translation>结束引号后面还有文字（引号内的引号要写两次：&quot;&quot;）</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>a character of this cell cannot be written in %1</source>
        <translation>此单元格中有字符无法以 %1 写出</translation>
    </message>
    <message>
        <source>this row cannot be written in %1</source>
        <translation>此行无法以 %1 写出</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>a customer name is required</source>
        <translation>请填写客户名称</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>“%1”不是有效的电话号码</translation>
    </message>
    <message>
        <source>a creation date is required</source>
        <translation>请填写创建日期</translation>
    </message>
    <message>
        <source>the date the owner took over is required</source>
        <translation>请填写负责人接手日期</translation>
    </message>
    <message>
        <source>an owner is required when an owner-since date is set</source>
        <translation>填写了接手日期时必须指定负责人</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>another customer already has the id “%1”</source>
        <translation>编号“%1”已被另一个客户使用</translation>
    </message>
    <message>
        <source>The customer no longer exists</source>
        <translation>该客户已不存在</translation>
    </message>
    <message>
        <source>“%1” still has deals, follow-ups or ratings</source>
        <translation>“%1”仍有商机、跟进或评价记录</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Customers without a follow-up in 30 days</source>
        <translation>30 天内未跟进的客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Suspected duplicate customers</source>
        <translation>疑似重复的客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>疑似相同</translation>
    </message>
    <message>
        <source>Open ownership conflicts</source>
        <translation>未处理的业绩归属争议</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>争取人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起日期</translation>
    </message>
    <message>
        <source>Won deals without a contract number or product</source>
        <translation>缺少合同编号或产品的赢单</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>a date is required</source>
        <translation>请填写日期</translation>
    </message>
    <message>
        <source>“%1” is not a date; use 2025-03-05, 2025/3/5, 2025.3.5 or 2025年3月5日</source>
        <translation>“%1”不是日期；请使用 2025-03-05、2025/3/5、2025.3.5 或 2025年3月5日</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar</source>
        <translation>“%1”不是日历上存在的日期</translation>
    </message>
    <message>
        <source>“%1” has an invalid time</source>
        <translation>“%1”中的时间无效</translation>
    </message>
</context>
<context>
    <name>Deal</name>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>a customer is required</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <source>an owner is required</source>
        <translation>请指定负责人</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>“%1” is not a supported currency</source>
        <translation>不支持币种“%1”</translation>
    </message>
    <message>
        <source>a creation date is required</source>
        <translation>请填写创建日期</translation>
    </message>
    <message>
        <source>a won or lost deal needs its closing date</source>
        <translation>赢单或输单的商机必须填写成交日期</translation>
    </message>
    <message>
        <source>the closing date is before the creation date</source>
        <translation>成交日期早于创建日期</translation>
    </message>
    <message>
        <source>only a won deal can be confirmed</source>
        <translation>只有赢单的商机才能确认</translation>
    </message>
    <message>
        <source>the confirmation is before the closing date</source>
        <translation>确认日期早于成交日期</translation>
    </message>
    <message>
        <source>every split needs a member</source>
        <translation>每一项业绩拆分都需要指定成员</translation>
    </message>
    <message>
        <source>a member appears twice in the splits</source>
        <translation>同一成员在业绩拆分中出现了两次</translation>
    </message>
    <message>
        <source>each share must be between 1% and 100%</source>
        <translation>每份比例必须在 1% 到 100% 之间</translation>
    </message>
    <message>
        <source>the shares add up to %1%, not 100%</source>
        <translation>拆分比例合计为 %1%，而不是 100%</translation>
    </message>
    <message>
        <source>the amount is more than %1, the most one deal may have</source>
        <translation>金额超过单笔赢单的上限 %1</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>there is no such customer</source>
        <translation>没有这个客户</translation>
    </message>
    <message>
        <source>another deal already has the id “%1”</source>
        <translation>编号“%1”已被另一个商机使用</translation>
    </message>
    <message>
        <source>The deal no longer exists</source>
        <translation>该商机已不存在</translation>
    </message>
    <message>
        <source>follow-ups or ratings still refer to this deal</source>
        <translation>仍有跟进或评价记录关联此商机</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Could not create a demo customer</source>
        <translation>无法创建演示客户</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Enter the PIN or password.</source>
        <translation>请输入 PIN 或密码。</translation>
    </message>
    <message>
        <source>That is not the PIN or password.</source>
        <translation>PIN 或密码不对。</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>没有这个成员。</translation>
    </message>
    <message>
        <source>A manager&apos;s PIN or password is set by that manager only.</source>
        <translation>经理的 PIN 或密码只能由其本人设置。</translation>
    </message>
    <message>
        <source>A PIN or password is set by its member or by a manager.</source>
        <translation>PIN 或密码由成员本人或经理设置。</translation>
    </message>
    <message>
        <source>A PIN or password has at least %1 characters.</source>
        <translation>PIN 或密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The PIN or password could not be stored (out of memory).</source>
        <translation>无法保存 PIN 或密码（内存不足）。</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>The picture could not be made.</source>
        <translation>无法生成图片。</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Finance confirmations</source>
        <translation>财务回款确认</translation>
    </message>
    <message>
        <source>columns %1 (“%2”) and %3 (“%4”) are both the %5 column; keep one of them</source>
        <translation>第 %1 列（“%2”）和第 %3 列（“%4”）都是 %5 列；请只保留其中一列</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>a member&apos;s login is required</source>
        <translation>需要成员账号</translation>
    </message>
    <message>
        <source>there is no member “%1”</source>
        <translation>没有成员“%1”</translation>
    </message>
    <message>
        <source>a role is 经理/manager, 销售/rep or 财务/finance</source>
        <translation>角色须为 经理/manager、销售/rep 或 财务/finance</translation>
    </message>
    <message>
        <source>the login appears twice in the file</source>
        <translation>该账号在文件中出现了两次</translation>
    </message>
    <message>
        <source>the customer appears twice in the file</source>
        <translation>该客户在文件中出现了两次</translation>
    </message>
    <message>
        <source>a deal number is required</source>
        <translation>需要商机编号</translation>
    </message>
    <message>
        <source>the deal number appears twice in the file</source>
        <translation>该商机编号在文件中出现了两次</translation>
    </message>
    <message>
        <source>a stage is 进行中/open, 赢单/won or 输单/lost</source>
        <translation>阶段须为 进行中/open、赢单/won 或 输单/lost</translation>
    </message>
    <message>
        <source>an owner is required</source>
        <translation>请指定负责人</translation>
    </message>
    <message>
        <source>write splits as login:60;login2:40</source>
        <translation>业绩拆分写作 login:60;login2:40</translation>
    </message>
    <message>
        <source>the number appears twice in the file</source>
        <translation>该编号在文件中出现了两次</translation>
    </message>
    <message>
        <source>a kind is 电话/call, 拜访/visit, 会议/meeting, 邮件/email or 备注/note</source>
        <translation>类型须为 电话/call、拜访/visit、会议/meeting、邮件/email 或 备注/note</translation>
    </message>
    <message>
        <source>there is no team “%1”</source>
        <translation>没有团队“%1”</translation>
    </message>
    <message>
        <source>a metric is one of %1</source>
        <translation>指标须为以下之一：%1</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>this target appears twice in the file</source>
        <translation>该目标在文件中出现了两次</translation>
    </message>
    <message>
        <source>%1 members are called “%2” (%3); write the login of the one you mean</source>
        <translation>有 %1 名成员叫“%2”（%3）；请写明你指的那位的账号</translation>
    </message>
    <message>
        <source>“%1” is neither a login nor the name of a member</source>
        <translation>“%1”既不是账号，也不是任何成员的姓名</translation>
    </message>
    <message>
        <source>“%1” is not a month (such as 2025-03)</source>
        <translation>“%1”不是月份（如 2025-03）</translation>
    </message>
    <message>
        <source>this rate appears twice in the file</source>
        <translation>此汇率在文件中出现了两次</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel, WPS or another system. Nothing is written until the last step.</source>
        <translation>从 Excel、WPS 或其他系统保存的 CSV 文件。最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>.csv 或 .txt 文件的路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Import a CSV File</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read.</source>
        <translation>“%1”不是可读取的文件。</translation>
    </message>
    <message>
        <source>Columns, in any order, by these names or their Chinese names (* = required):</source>
        <translation>列顺序不限，可用以下英文名或中文名（* 为必填）：</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>编码和分隔符</translation>
    </message>
    <message>
        <source>Detected from the file; change them if the preview does not look right.</source>
        <translation>已根据文件自动识别；如预览不对，请修改。</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>自动识别：%1</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Each column of the file and what it is. Columns named as the brief names them are matched already.</source>
        <translation>文件的每一列及其含义。名称符合规范的列已自动对应。</translation>
    </message>
    <message>
        <source>Remember these choices for files of this kind</source>
        <translation>记住此类文件的这些选择</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>%1 (%2) *</source>
        <translation>%1（%2）*</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>还缺少：%1</translation>
    </message>
    <message>
        <source>Chosen for more than one column: %1</source>
        <translation>被多列选用：%1</translation>
    </message>
    <message>
        <source>Every required column is there.</source>
        <translation>必填列都已齐全。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked against the rules. Nothing has been written yet.</source>
        <translation>按规则检查每一行。目前尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Save the Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>The check was stopped. Go back, or close the wizard.</source>
        <translation>检查已停止。请返回，或关闭向导。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>To add: %1 · to update: %2 · unchanged: %3</source>
        <translation>将新增：%1 · 将更新：%2 · 无变化：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) match no deal or disagree with it and will not be applied (listed below).</source>
        <translation>
            <numerusform>%n 条回款确认找不到对应商机或与商机不符，不会应用（见下表）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>发现 %n 个问题：文件改正之前无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>列出前 %1 个。</translation>
    </message>
    <message>
        <source>New member (rep): %1</source>
        <translation>新成员（销售）：%1</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>新客户：%1</translation>
    </message>
    <message>
        <source>… %1 new members and %2 new customers in all</source>
        <translation>……共 %1 名新成员、%2 个新客户</translation>
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
        <translation>数值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消。未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file changed since it was checked (%n problem(s)).</source>
        <translation>
            <numerusform>未导入任何内容：文件在检查之后发生了变化（%n 个问题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. Added %1, updated %2, unchanged %3; %4 new members and %5 new customers.</source>
        <translation>导入完成。新增 %1，更新 %2，无变化 %3；新成员 %4 名，新客户 %5 个。</translation>
    </message>
    <message>
        <source>Will be created:</source>
        <translation>将新建：</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>“编辑 ▸ 撤销”可以撤回整个导入。</translation>
    </message>
    <message>
        <source>This import is too large to undo step by step; Edit ▸ Undo stops before it. A backup of the workspace from before it is kept (File ▸ Backups…).</source>
        <translation>这次导入太大，无法逐步撤销；“编辑 ▸ 撤销”到它之前为止。导入前的工作区备份已保留（文件 ▸ 备份…）。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) fell in %1, a closed period: its frozen figures stay; the changes are listed as its discrepancies.</source>
        <translation>
            <numerusform>%n 处改动落在已结算的 %1：其冻结的数字不变，这些改动列为该期的差异。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) fall in %1, a closed period: its frozen figures stay, and the changes will be listed as its discrepancies.</source>
        <translation>
            <numerusform>%n 处改动将落在已结算的 %1：其冻结的数字不变，这些改动将列为该期的差异。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>there is no deal with this number</source>
        <translation>没有此编号的商机</translation>
    </message>
    <message>
        <source>the deal belongs to another customer</source>
        <translation>该商机属于其他客户</translation>
    </message>
    <message>
        <source>no deal has this number</source>
        <translation>没有商机使用此编号</translation>
    </message>
    <message>
        <source>the deal is not won</source>
        <translation>该商机不是赢单</translation>
    </message>
    <message>
        <source>paid %1, the deal is %2</source>
        <translation>回款 %1，商机金额为 %2</translation>
    </message>
    <message>
        <source>paid before the deal was closed (%1)</source>
        <translation>回款早于商机成交日期（%1）</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file has no “%1” (%2) column, which every row needs</source>
        <translation>文件没有“%1”（%2）列，每一行都需要它</translation>
    </message>
    <message>
        <source>Nothing was imported, because the workspace could not be backed up first: %1</source>
        <translation>由于无法先备份工作区，没有导入任何内容：%1</translation>
    </message>
    <message>
        <source>%1 changed while it was imported (another program wrote to it); nothing was imported. Import it again when it is complete.</source>
        <translation>导入 %1 期间它发生了变化（另一个程序写了它）；没有导入任何内容。请等文件写完后再导入。</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Confirmations come from finance or a manager.</source>
        <translation>确认只能由财务或经理做出。</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>汇率</translation>
    </message>
</context>
<context>
    <name>IncentiveRules</name>
    <message>
        <source>Flat rate</source>
        <translation>固定比例</translation>
    </message>
    <message>
        <source>Tiered (the band reached pays on all)</source>
        <translation>阶梯（达到的档位比例适用于全部）</translation>
    </message>
    <message>
        <source>Graduated (each band pays on its part)</source>
        <translation>累进（每档比例只适用于该档部分）</translation>
    </message>
    <message>
        <source>the first commission band starts at 0%</source>
        <translation>第一个提成档位必须从 0% 开始</translation>
    </message>
    <message>
        <source>a commission rate is between 0% and 100% (band from %1%)</source>
        <translation>提成比例须在 0% 到 100% 之间（从 %1% 起的档位）</translation>
    </message>
    <message>
        <source>commission bands rise: %1% follows %2%</source>
        <translation>提成档位须递增：%1% 排在 %2% 之后</translation>
    </message>
    <message>
        <source>the commission cap cannot be negative</source>
        <translation>提成封顶不能为负数</translation>
    </message>
    <message>
        <source>an award cannot be negative</source>
        <translation>奖励金额不能为负数</translation>
    </message>
    <message>
        <source>the follow-up award needs the number of follow-ups in a week</source>
        <translation>跟进奖励需要设置每周跟进次数</translation>
    </message>
</context>
<context>
    <name>Leaderboards</name>
    <message>
        <source>Swift</source>
        <translation>迅捷</translation>
    </message>
    <message>
        <source>Bright</source>
        <translation>闪亮</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>勇敢</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>沉稳</translation>
    </message>
    <message>
        <source>Clever</source>
        <translation>机智</translation>
    </message>
    <message>
        <source>Brave</source>
        <translation>无畏</translation>
    </message>
    <message>
        <source>Lucky</source>
        <translation>幸运</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>稳健</translation>
    </message>
    <message>
        <source>Golden</source>
        <translation>金色</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银色</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>蔚蓝</translation>
    </message>
    <message>
        <source>Crimson</source>
        <translation>赤红</translation>
    </message>
    <message>
        <source>Jade</source>
        <translation>翡翠</translation>
    </message>
    <message>
        <source>Nimble</source>
        <translation>灵巧</translation>
    </message>
    <message>
        <source>Keen</source>
        <translation>敏锐</translation>
    </message>
    <message>
        <source>Sunny</source>
        <translation>阳光</translation>
    </message>
    <message>
        <source>Falcon</source>
        <translation>猎鹰</translation>
    </message>
    <message>
        <source>Panda</source>
        <translation>熊猫</translation>
    </message>
    <message>
        <source>Tiger</source>
        <translation>老虎</translation>
    </message>
    <message>
        <source>Crane</source>
        <translation>仙鹤</translation>
    </message>
    <message>
        <source>Dolphin</source>
        <translation>海豚</translation>
    </message>
    <message>
        <source>Fox</source>
        <translation>狐狸</translation>
    </message>
    <message>
        <source>Horse</source>
        <translation>骏马</translation>
    </message>
    <message>
        <source>Koi</source>
        <translation>锦鲤</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>狮子</translation>
    </message>
    <message>
        <source>Owl</source>
        <translation>猫头鹰</translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>凤凰</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>玉兔</translation>
    </message>
    <message>
        <source>Eagle</source>
        <translation>雄鹰</translation>
    </message>
    <message>
        <source>Whale</source>
        <translation>鲸鱼</translation>
    </message>
    <message>
        <source>Wolf</source>
        <translation>苍狼</translation>
    </message>
    <message>
        <source>Deer</source>
        <translation>小鹿</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>签单金额</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进步</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>credited won revenue in the period</source>
        <translation>本期计入的赢单业绩</translation>
    </message>
    <message>
        <source>the period&apos;s score</source>
        <translation>本期得分</translation>
    </message>
    <message>
        <source>the score&apos;s change against the member&apos;s own previous period</source>
        <translation>与本人上一周期相比的得分变化</translation>
    </message>
    <message>
        <source>the average customer rating in the period</source>
        <translation>本期客户平均评分</translation>
    </message>
    <message>
        <source>the team&apos;s score</source>
        <translation>团队得分</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>本团队</translation>
    </message>
    <message>
        <source>Managers only</source>
        <translation>仅经理</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>化名</translation>
    </message>
    <message>
        <source>Rank bands</source>
        <translation>名次区间</translation>
    </message>
    <message>
        <source>Only my own rank</source>
        <translation>只看自己的名次</translation>
    </message>
    <message>
        <source>Top 10%</source>
        <translation>前 10%</translation>
    </message>
    <message>
        <source>Top 25%</source>
        <translation>前 25%</translation>
    </message>
    <message>
        <source>Top 50%</source>
        <translation>前 50%</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>继续加油</translation>
    </message>
    <message>
        <source>Equal values share a rank (1, 2, 2, 4); within a tie, by login.</source>
        <translation>数值相同则名次并列（1、2、2、4）；并列者按账号排序。</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Only a manager sets who sees a board and how.</source>
        <translation>只有经理可以设置排行榜的公开范围和显示方式。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A pseudonym on a leaderboard: an adjective and an animal (&quot;Swift Falcon&quot;).</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>This board is shown to managers only.</source>
        <translation>此排行榜仅对经理公开。</translation>
    </message>
    <message>
        <source>Your team is #%1 of %2.</source>
        <translation>你的团队排第 %1 名，共 %2 个。</translation>
    </message>
    <message>
        <source>You are #%1 of %2.</source>
        <translation>你排第 %1 名，共 %2 人。</translation>
    </message>
    <message>
        <source>You are not on this board for %1 yet.</source>
        <translation>你在 %1 还没有上榜。</translation>
    </message>
    <message>
        <source>No team has anything on this board for %1 yet.</source>
        <translation>%1 还没有团队在这个榜单上取得成绩。</translation>
    </message>
    <message>
        <source>Nobody has anything on this board for %1 yet.</source>
        <translation>%1 还没有人在这个榜单上取得成绩。</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>a login is required</source>
        <translation>请填写账号</translation>
    </message>
    <message>
        <source>use letters, digits, “.”, “_”, “-” or “@” (at most 64), starting with a letter or digit</source>
        <translation>只能使用字母、数字、“.”、“_”、“-”或“@”（最多 64 个），并以字母或数字开头</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <source>a level key such as “junior” or “senior” is required (lowercase letters, digits, _)</source>
        <translation>请填写级别代码，如“junior”或“senior”（小写字母、数字、下划线）</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1”不是有效的邮箱地址</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>the login “%1” is already taken</source>
        <translation>账号“%1”已被使用</translation>
    </message>
    <message>
        <source>another member already has the id “%1”</source>
        <translation>编号“%1”已被另一名成员使用</translation>
    </message>
    <message>
        <source>there is no such team</source>
        <translation>没有这个团队</translation>
    </message>
    <message>
        <source>The member no longer exists</source>
        <translation>该成员已不存在</translation>
    </message>
    <message>
        <source>%1 has records in the workspace; deactivate the member instead</source>
        <translation>%1 在工作区中还有记录；请改为停用该成员</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Won revenue</source>
        <translation>签单金额</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进步</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>an amount is required</source>
        <translation>请填写金额</translation>
    </message>
    <message>
        <source>“%1” is in %2, not %3</source>
        <translation>“%1”的币种是 %2，不是 %3</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal place(s)</source>
        <translation>
            <numerusform>“%1”的小数位超过 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>不能把 %1 与 %2 相加</translation>
    </message>
    <message>
        <source>the sum is too large</source>
        <translation>合计金额太大</translation>
    </message>
    <message>
        <source>the difference is too large</source>
        <translation>差额太大</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>金额太大</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>没有给出文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 is an open workspace or one of its own files; Attain never writes over it. Choose another name.</source>
        <translation>%1 是一个已打开的工作区或它自带的文件；Attain 绝不会覆盖它。请换一个名称。</translation>
    </message>
    <message>
        <source>%1 is a file this command reads (or one of its own files); choose another name.</source>
        <translation>%1 是本命令正在读取的文件（或它自带的文件）；请换一个名称。</translation>
    </message>
    <message>
        <source>%1 is named like one of SQLite&apos;s own files beside a database; choose another name.</source>
        <translation>%1 的名称与数据库旁 SQLite 自用的文件相同；请换一个名称。</translation>
    </message>
    <message>
        <source>%1 is in a folder of backups, which only Attain writes; choose another folder.</source>
        <translation>%1 位于备份文件夹中，该文件夹只由 Attain 写入；请换一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is a database (a workspace, a backup or another program&apos;s); Attain never writes over one. Choose another name.</source>
        <translation>%1 是一个数据库（工作区、备份或其他程序的数据库）；Attain 绝不会覆盖数据库。请换一个名称。</translation>
    </message>
    <message>
        <source>%1 ends in .attain, the name of a workspace; an export needs another name.</source>
        <translation>%1 以 .attain 结尾，这是工作区的名称；导出文件需要另取名称。</translation>
    </message>
    <message>
        <source>%1 is a database (a workspace, or one of its own files), not a table of records; choose the CSV file to import.</source>
        <translation>%1 是一个数据库（工作区或它自带的文件），不是记录表格；请选择要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>OwnershipConflict</name>
    <message>
        <source>Kept with the owner</source>
        <translation>保留给原负责人</translation>
    </message>
    <message>
        <source>Moved to the claimant</source>
        <translation>转给争取人</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>待裁定</translation>
    </message>
</context>
<context>
    <name>OwnershipService</name>
    <message>
        <source>a protection period is 0 to 3,650 days</source>
        <translation>保护期为 0 到 3,650 天</translation>
    </message>
    <message>
        <source>The conflict no longer exists</source>
        <translation>该归属争议已不存在</translation>
    </message>
    <message>
        <source>This conflict was already decided</source>
        <translation>该争议已裁定</translation>
    </message>
    <message>
        <source>The deal no longer exists</source>
        <translation>该商机已不存在</translation>
    </message>
    <message>
        <source>The customer no longer exists</source>
        <translation>该客户已不存在</translation>
    </message>
    <message>
        <source>the protection period</source>
        <translation>保护期</translation>
    </message>
    <message>
        <source>who is credited for a customer</source>
        <translation>客户的业绩归属</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>“%1” is not a valid month</source>
        <translation>“%1”不是有效的月份</translation>
    </message>
    <message>
        <source>“%1” is not a valid quarter</source>
        <translation>“%1”不是有效的季度</translation>
    </message>
    <message>
        <source>“%1” is not a valid year</source>
        <translation>“%1”不是有效的年份</translation>
    </message>
    <message>
        <source>“%1” is not a period; use a month (2025-06), a quarter (2025-Q2) or a year (2025)</source>
        <translation>“%1”不是周期；请使用月份（2025-06）、季度（2025-Q2）或年份（2025）</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <extracomment>A quarter, e.g. &quot;Q2 2025&quot;; %1 is the year, %2 the quarter number</extracomment>
        <translation>%1年第%2季度</translation>
    </message>
</context>
<context>
    <name>PeriodCloseService</name>
    <message>
        <source>Only a manager closes or reopens a period.</source>
        <translation>只有经理可以结账或重新打开周期。</translation>
    </message>
    <message>
        <source>%1 has not begun; only a period under way or past can be closed</source>
        <translation>%1 尚未开始；只能对进行中或已过去的周期结账</translation>
    </message>
    <message>
        <source>%1 was closed on %2 by %3</source>
        <translation>%1 已于 %2 由 %3 结账</translation>
    </message>
    <message>
        <source>%1 is not closed</source>
        <translation>%1 尚未结账</translation>
    </message>
    <message>
        <source>say why the period is reopened</source>
        <translation>请说明重新打开周期的原因</translation>
    </message>
    <message>
        <source>%1 was not closed, because the workspace could not be backed up first: %2</source>
        <translation>由于无法先备份工作区，%1 没有结账：%2</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Outstanding</source>
        <translation>卓越</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>接近</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>a plan needs a name</source>
        <translation>方案需要名称</translation>
    </message>
    <message>
        <source>a plan takes effect from a month, such as 2025-07</source>
        <translation>方案从某个月份起生效，例如 2025-07</translation>
    </message>
    <message>
        <source>the attainment cap is between 100% and 1000%</source>
        <translation>达成率上限须在 100% 到 1000% 之间</translation>
    </message>
    <message>
        <source>a plan lists at least one level</source>
        <translation>方案至少要列出一个级别</translation>
    </message>
    <message>
        <source>%1: a weight cannot be negative</source>
        <translation>%1：权重不能为负</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2</source>
        <translation>%1 在 %2 中列出了两次</translation>
    </message>
    <message>
        <source>the weights of %1 add up to nothing</source>
        <translation>%1 的权重合计为零</translation>
    </message>
    <message>
        <source>a plan has at least one tier</source>
        <translation>方案至少要有一个档次</translation>
    </message>
    <message>
        <source>unknown metric “%1”</source>
        <translation>未知指标“%1”</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>the plan “%1” already takes effect in %2</source>
        <translation>方案“%1”已在 %2 生效</translation>
    </message>
    <message>
        <source>The plan no longer exists</source>
        <translation>该方案已不存在</translation>
    </message>
    <message>
        <source>scoring plans</source>
        <translation>评分方案</translation>
    </message>
</context>
<context>
    <name>PublishedBoards</name>
    <message>
        <source>it holds a board Attain does not publish</source>
        <translation>其中有 Attain 不会发布的排行榜</translation>
    </message>
    <message>
        <source>The team&apos;s workspace publishes this board for this month, last month, this quarter and this year; %1 is not among them yet.</source>
        <translation>团队工作区会为本月、上月、本季度和本年度发布此排行榜；%1 尚不在其中。</translation>
    </message>
</context>
<context>
    <name>Rate</name>
    <message>
        <source>“%1” has more than six decimals</source>
        <translation>“%1”超过六位小数</translation>
    </message>
    <message>
        <source>“%1” is not a rate (a number such as 7.1 or 0.048)</source>
        <translation>“%1”不是汇率（应为 7.1 或 0.048 这样的数）</translation>
    </message>
    <message>
        <source>a rate is more than zero</source>
        <translation>汇率须大于零</translation>
    </message>
    <message>
        <source>“%1” is more than %2, the largest rate</source>
        <translation>“%1”超过最大汇率 %2</translation>
    </message>
    <message>
        <source>“%1” is not a supported currency</source>
        <translation>不支持币种“%1”</translation>
    </message>
    <message>
        <source>%1 is the base currency; it needs no rate</source>
        <translation>%1 是本位币，不需要汇率</translation>
    </message>
    <message>
        <source>a month such as 2025-03 is required</source>
        <translation>需要月份，如 2025-03</translation>
    </message>
    <message>
        <source>a rate is more than zero and at most %1</source>
        <translation>汇率须大于零且不超过 %1</translation>
    </message>
</context>
<context>
    <name>RateService</name>
    <message>
        <source>“%1” is not a supported currency</source>
        <translation>不支持币种“%1”</translation>
    </message>
    <message>
        <source>the base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source>The base currency is chosen before the first deal or rate: changing it now would change every figure already reported.</source>
        <translation>本位币须在录入第一笔商机或汇率之前选定：现在更改会改变所有已报告的数字。</translation>
    </message>
    <message>
        <source>there is no rate from %1 to %2 for %3; set it under Settings ▸ Currencies or import it (kind “rates”)</source>
        <translation>没有 %3 从 %1 到 %2 的汇率；请在“设置 ▸ 币种与汇率”中设置，或导入（类型“汇率”）</translation>
    </message>
    <message>
        <source>there is no rate from %1 to %2 for %3 or before; set it under Settings ▸ Currencies or import it (kind “rates”)</source>
        <translation>没有 %3 或更早月份从 %1 到 %2 的汇率；请在“设置 ▸ 币种与汇率”中设置，或导入（类型“汇率”）</translation>
    </message>
    <message>
        <source>in %1 the amount is more than %2, the most one deal may have</source>
        <translation>折合 %1 后金额超过单笔商机上限 %2</translation>
    </message>
    <message>
        <source>The rate no longer exists</source>
        <translation>该汇率已不存在</translation>
    </message>
    <message>
        <source>%1 already has a rate for %2</source>
        <translation>%1 已有 %2 的汇率</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>deal %1: %2</source>
        <translation>商机 %1：%2</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>a customer is required</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <source>a member is required</source>
        <translation>请选择成员</translation>
    </message>
    <message>
        <source>a score is a whole number from 1 to 5</source>
        <translation>评分必须是 1 到 5 的整数</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>请填写日期</translation>
    </message>
</context>
<context>
    <name>RatingService</name>
    <message>
        <source>there is no such customer</source>
        <translation>没有这个客户</translation>
    </message>
    <message>
        <source>there is no such deal</source>
        <translation>没有这个商机</translation>
    </message>
    <message>
        <source>the deal belongs to another customer</source>
        <translation>该商机属于其他客户</translation>
    </message>
    <message>
        <source>another rating already has the id “%1”</source>
        <translation>编号“%1”已被另一条评价使用</translation>
    </message>
    <message>
        <source>The rating no longer exists</source>
        <translation>该评价已不存在</translation>
    </message>
    <message>
        <source>only a manager confirms a rating, and not one of their own</source>
        <translation>只有经理可以确认评价，且不能确认对自己的评价</translation>
    </message>
</context>
<context>
    <name>ReadCheck</name>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取这些数字：%1</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
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
        <source>Closing date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Credit splits</source>
        <translation>业绩拆分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Amount in the base currency</source>
        <translation>本位币金额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Owner since</source>
        <translation>负责起始</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>(deleted at the rep, edited here)</source>
        <translation>（代表处已删除，此处已修改）</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>format %1 is not one Attain knows</source>
        <translation>Attain 不认识格式 %1</translation>
    </message>
    <message>
        <source>the schema of format %1 could not be built</source>
        <translation>无法构建格式 %1 的结构</translation>
    </message>
    <message>
        <source>its schema cannot be read: %1</source>
        <translation>无法读取它的结构：%1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is defined differently</source>
        <translation>%1 的定义不同</translation>
    </message>
    <message>
        <source>%1 is not Attain&apos;s</source>
        <translation>%1 不是 Attain 的</translation>
    </message>
</context>
<context>
    <name>ScoreEngine</name>
    <message>
        <source>bought before</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>first purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>first won deal</source>
        <translation>首个赢单</translation>
    </message>
</context>
<context>
    <name>ScoreFormat</name>
    <message>
        <source>login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>cannot reach it on its own (the cap)</source>
        <translation>单靠此项无法达到（受上限限制）</translation>
    </message>
    <message>
        <source>%1 less (%2 in all)</source>
        <translation>减少 %1（合计 %2）</translation>
    </message>
    <message>
        <source>%1 more won revenue</source>
        <translation>再签单 %1</translation>
    </message>
    <message>
        <source>%1 more won deals</source>
        <translation>再赢单 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n more new customer(s)</source>
        <translation>
            <numerusform>再开发 %n 个新客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more follow-up(s)</source>
        <translation>
            <numerusform>再跟进 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>an average rating of %1</source>
        <translation>平均评分达到 %1</translation>
    </message>
    <message>
        <source>a repurchase rate of %1</source>
        <translation>复购率达到 %1</translation>
    </message>
    <message>
        <source>progress of %1</source>
        <translation>进步达到 %1</translation>
    </message>
    <message>
        <source>not in the plan for this level</source>
        <translation>该级别的方案不含此项</translation>
    </message>
    <message>
        <source>no data in the period: left out, the other weights count for more</source>
        <translation>本周期无数据：不计入，其余指标的权重相应提高</translation>
    </message>
    <message>
        <source>no target for the period: left out, the other weights count for more</source>
        <translation>本周期无目标：不计入，其余指标的权重相应提高</translation>
    </message>
    <message>
        <source>%1 (weight %2%3)</source>
        <translation>%1（权重 %2%3）</translation>
    </message>
    <message>
        <source>, less is better</source>
        <translation>，越低越好</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 自 %2 分起</translation>
    </message>
    <message>
        <source>Plan “%1”, in effect from %2. The score is the weighted average of the attainments of %3; each attainment is the actual divided by the target and counts up to %4%. A metric without data or without a target is left out and the others count for more.</source>
        <translation>方案“%1”，自 %2 起生效。得分是以下各项达成率的加权平均：%3；达成率为实际值除以目标值，最多计 %4%。没有数据或没有目标的指标不计入，其余指标的权重相应提高。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Only deals confirmed by finance count.</source>
        <translation>只计入财务已确认的商机。</translation>
    </message>
    <message>
        <source>Tiers: %1.</source>
        <translation>档次：%1。</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · plan “%4” from %5 · level %6</source>
        <translation>%1（%2）· %3 · 方案“%4”自 %5 起 · 级别 %6</translation>
    </message>
    <message>
        <source>score %1 · %2</source>
        <translation>得分 %1 · %2</translation>
    </message>
    <message>
        <source>no score: no metric has data and a target</source>
        <translation>无得分：没有既有数据又有目标的指标</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>得分贡献</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> (capped at %1%)</source>
        <translation>（上限 %1%）</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>* derived from the months&apos; targets, or the default satisfaction target 4.5</source>
        <translation>* 由各月目标推算，或为默认满意度目标 4.5</translation>
    </message>
    <message>
        <source>left out: %1 — %2</source>
        <translation>不计入：%1 —— %2</translation>
    </message>
    <message>
        <source>To reach %1 (%2), any one of:</source>
        <translation>要达到%1（%2 分），以下任一即可：</translation>
    </message>
    <message>
        <source>This is the highest tier.</source>
        <translation>已是最高档。</translation>
    </message>
    <message numerus="yes">
        <source>Behind %1 (%n record(s)):</source>
        <translation>
            <numerusform>%1 的依据（%n 条记录）：</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1% share)</source>
        <translation>（占 %1%）</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  ……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, shown %2 — below %3</source>
        <translation>实际 %1，显示为 %2 —— 未达到%3</translation>
    </message>
    <message>
        <source>%1 of %2 expected by today</source>
        <translation>到今天应完成 %1（目标 %2）</translation>
    </message>
    <message>
        <source>%1 — on pace</source>
        <translation>%1 — 进度正好</translation>
    </message>
    <message>
        <source>%1 — ahead by %2</source>
        <translation>%1 — 领先 %2</translation>
    </message>
    <message>
        <source>%1 — behind by %2</source>
        <translation>%1 — 落后 %2</translation>
    </message>
    <message>
        <source>%1 of %2 days (%3%)</source>
        <translation>%2 天中的 %1 天（%3%）</translation>
    </message>
    <message>
        <source>Pace on %1, %2 of the period gone by:</source>
        <translation>%1 的进度，本期已过 %2：</translation>
    </message>
    <message>
        <source>Closed on %1: the figures of the close; what changed since is listed by close-period --discrepancies.</source>
        <translation>已于 %1 结账：以下为结账时的数字；此后的更改由 close-period --discrepancies 列出。</translation>
    </message>
</context>
<context>
    <name>ServiceSupport</name>
    <message>
        <source>there is no such member</source>
        <translation>没有这名成员</translation>
    </message>
    <message>
        <source>a finance member cannot own or be credited with sales</source>
        <translation>财务人员不能负责销售或分得业绩</translation>
    </message>
</context>
<context>
    <name>SignedFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>it is larger than any team sync file (%1 bytes)</source>
        <translation>它比任何团队同步文件都大（%1 字节）</translation>
    </message>
    <message>
        <source>it is not an Attain team sync file</source>
        <translation>它不是 Attain 团队同步文件</translation>
    </message>
    <message>
        <source>it is an invitation, not a bundle</source>
        <translation>它是邀请文件，不是同步包</translation>
    </message>
    <message>
        <source>it is a bundle, not an invitation</source>
        <translation>它是同步包，不是邀请文件</translation>
    </message>
    <message>
        <source>its signature lines are damaged or cut short</source>
        <translation>它的签名行已损坏或被截断</translation>
    </message>
    <message>
        <source>its signature does not match its contents: it was changed or damaged after it was signed</source>
        <translation>签名与内容不符：签名之后文件被改动或损坏了</translation>
    </message>
</context>
<context>
    <name>SqliteHandle</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
</context>
<context>
    <name>StatementFormat</name>
    <message>
        <source>cap on the period&apos;s commission</source>
        <translation>本期提成封顶</translation>
    </message>
    <message>
        <source>deal %1 (%2) at the flat rate</source>
        <translation>商机 %1（%2），固定比例</translation>
    </message>
    <message>
        <source>deal %1 (%2), no revenue target: the first band&apos;s rate</source>
        <translation>商机 %1（%2），无业绩目标：按第一档比例</translation>
    </message>
    <message>
        <source>deal %1 (%2) at the band reached (from %3% of target)</source>
        <translation>商机 %1（%2），按达到的档位（目标的 %3% 起）</translation>
    </message>
    <message>
        <source>deal %1 (%2), its part in %3–%4% of target</source>
        <translation>商机 %1（%2），落在目标 %3–%4% 的部分</translation>
    </message>
    <message>
        <source>deal %1 (%2), its part above %3% of target</source>
        <translation>商机 %1（%2），超过目标 %3% 的部分</translation>
    </message>
    <message>
        <source>first won deal of the month (%1)</source>
        <translation>本月首单奖励（%1）</translation>
    </message>
    <message>
        <source>5-star rating award (%1)</source>
        <translation>五星好评红包（%1）</translation>
    </message>
    <message>
        <source>reached the tier “%1”</source>
        <translation>达到等级“%1”</translation>
    </message>
    <message>
        <source>%1 follow-ups in the week of %2</source>
        <translation>%2 当周完成 %1 次跟进</translation>
    </message>
    <message>
        <source>team pool: %1 reached its revenue target</source>
        <translation>团队奖金池：%1 达成业绩目标</translation>
    </message>
    <message>
        <source>adjustment: %1</source>
        <translation>调整：%1</translation>
    </message>
    <message>
        <source>clawback: deal %1, paid in %2, is no longer won</source>
        <translation>追回：商机 %1 已在 %2 发放，现已不是赢单</translation>
    </message>
    <message>
        <source>The plan caps one period&apos;s commission at %1; the bands add up to %2, so %3 is taken off.</source>
        <translation>方案规定每期提成封顶 %1；各档合计 %2，因此扣减 %3。</translation>
    </message>
    <message>
        <source>Deal %1 is credited %2; the flat rate %3% applies to all of it.</source>
        <translation>商机 %1 计入 %2；全部按固定比例 %3% 计算。</translation>
    </message>
    <message>
        <source>Deal %1 is credited %2. There is no revenue target, so all of it is paid at the first band&apos;s rate, %3%.</source>
        <translation>商机 %1 计入 %2。没有业绩目标，因此全部按第一档比例 %3% 计算。</translation>
    </message>
    <message>
        <source>%1 × %2% = %3, rounded half away from zero to the fen.</source>
        <translation>%1 × %2% = %3，四舍五入到分。</translation>
    </message>
    <message>
        <source>Credited won revenue %1 is %2% of the target %3, which reaches the band from %4%; its rate applies to every deal: deal %5&apos;s %6 × %7% = %8.</source>
        <translation>计入的赢单业绩 %1 为目标 %3 的 %2%，达到 %4% 起的档位；该档比例适用于每一笔商机：商机 %5 的 %6 × %7% = %8。</translation>
    </message>
    <message>
        <source>Deals fill the base in the order they closed. Of deal %1&apos;s credit, %2 falls between %3 and %4 of the target %5 (%6% to %7%), which pays %8%: %2 × %8% = %9, rounded half away from zero to the fen.</source>
        <translation>商机按成交顺序累计基数。商机 %1 计入的金额中，%2 落在目标 %5 的 %3 到 %4 之间（%6% 到 %7%），该档比例为 %8%：%2 × %8% = %9，四舍五入到分。</translation>
    </message>
    <message>
        <source>above</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>Deal %1 with %2, closed %3, is the first won deal credited to %4 in its month (earliest close, then creation, then number). Plan “%5” pays %6.</source>
        <translation>商机 %1（%2），成交于 %3，是 %4 当月第一笔计入的赢单（按成交日期、创建日期、编号排序）。方案“%5”奖励 %6。</translation>
    </message>
    <message>
        <source>%1 gave 5 stars on %2. Plan “%3” pays %4 for each 5-star rating.</source>
        <translation>%1 于 %2 给出五星好评。方案“%3”每个五星好评奖励 %4。</translation>
    </message>
    <message>
        <source>The period&apos;s score reached %1 points, the tier “%2”. Plan “%3” pays %4 for each tier above the lowest that the score reaches.</source>
        <translation>本期得分达到 %1 分，即等级“%2”。方案“%3”对得分达到的最低等级以上的每个等级奖励 %4。</translation>
    </message>
    <message>
        <source>The %1th follow-up of the week starting %2 was on %3. Plan “%4” pays %5 for %1 follow-ups in a week.</source>
        <translation>%2 起当周的第 %1 次跟进发生在 %3。方案“%4”对每周 %1 次跟进奖励 %5。</translation>
    </message>
    <message>
        <source>%1 reached its revenue target; the pool is shared in proportion to each member&apos;s credited won revenue, the fen left over to the largest remainders. This share: %2.</source>
        <translation>%1 达成业绩目标；奖金池按各成员计入的赢单业绩比例分配，余下的分给余数最大者。本份：%2。</translation>
    </message>
    <message>
        <source>%1 reached its revenue target; the pool is shared equally among its scored members, the fen left over to the first. This share: %2.</source>
        <translation>%1 达成业绩目标；奖金池由参与评分的成员平分，余下的分给排在前面的成员。本份：%2。</translation>
    </message>
    <message>
        <source>A manual adjustment of %1 by %2 on %3. Reason: %4</source>
        <translation>由 %2 于 %3 手工调整 %1。原因：%4</translation>
    </message>
    <message>
        <source>Deal %1 (credited %2) was paid with the closed period %3 and left “won” on %4. The commission of %3 recomputed without it is %5 less, taken back here.</source>
        <translation>商机 %1（计入 %2）已随已结账周期 %3 发放，并于 %4 不再是“赢单”。去掉它重新计算后，%3 的提成少 %5，在此追回。</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · plan “%4”</source>
        <translation>%1（%2）· %3 · 方案“%4”</translation>
    </message>
    <message>
        <source> · closed</source>
        <translation> · 已结账</translation>
    </message>
    <message>
        <source>  base %1, revenue target %2</source>
        <translation>  提成基数 %1，签单目标 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>: %1 × %2%</source>
        <translation>：%1 × %2%</translation>
    </message>
    <message>
        <source>  commission %1 + awards %2 + adjustments %3</source>
        <translation>  提成 %1 + 奖励 %2 + 调整 %3</translation>
    </message>
    <message>
        <source> + clawbacks %1</source>
        <translation> + 追回 %1</translation>
    </message>
    <message>
        <source> = total %1</source>
        <translation> = 合计 %1</translation>
    </message>
    <message>
        <source>5-star rating (%1), pending: entered by the member rated, waits for a manager</source>
        <translation>5 星评价（%1），待确认：由被评价的成员本人录入，等待经理确认</translation>
    </message>
    <message>
        <source>%1 gave 5 stars on %2, as entered by %3 themselves: the award is paid once a manager confirms the rating (Ratings: open it, tick Confirmed).</source>
        <translation>%1 于 %2 给出 5 星，由 %3 本人录入：经理确认该评价后才发放奖励（在“评价”中打开它，勾选“已确认”）。</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>Statement — %1 (%2)</source>
        <translation>对账单 — %1（%2）</translation>
    </message>
    <message>
        <source>%1 · team %2 · plan “%3”</source>
        <translation>%1 · 团队 %2 · 方案“%3”</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Credited won revenue %1, revenue target %2; score %3, tier %4.</source>
        <translation>计入的赢单业绩 %1，业绩目标 %2；得分 %3，等级 %4。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>追回</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>How each line was computed</source>
        <translation>每行如何计算</translation>
    </message>
    <message>
        <source>Printed by Attain on %1 from “%2”. Amounts are computed exactly and each line is rounded half away from zero to the fen; totals are sums of lines.</source>
        <translation>由 Attain 于 %1 从“%2”打印。金额精确计算，每行四舍五入到分；合计为各行之和。</translation>
    </message>
    <message>
        <source>No statements for this period.</source>
        <translation>本周期没有对账单。</translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>The PDF could not be produced</source>
        <translation>无法生成 PDF</translation>
    </message>
    <message>
        <source>Closed on %1: frozen figures, as they were at the close.</source>
        <translation>已于 %1 结账：冻结的数字，与结账时一致。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Open period: live figures; they change as records change.</source>
        <translation>未结账周期：实时数字，会随记录变化。</translation>
    </message>
    <message>
        <source>No lines in this period.</source>
        <translation>本期没有明细。</translation>
    </message>
    <message>
        <source>Sales rep: %1</source>
        <translation>销售：%1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1（%2）· %3 · %4</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>There is no workspace at %1. Check the file&apos;s name and folder.</source>
        <translation>%1 处没有工作区。请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>%1 is not an Attain workspace: %2. It was left unchanged. Open a file that Attain created, or import the data with File ▸ Import.</source>
        <translation>%1 不是 Attain 工作区：%2。它未被改动。请打开由 Attain 创建的文件，或用“文件 ▸ 导入”导入其中的数据。</translation>
    </message>
    <message>
        <source>%1 is not a workspace as Attain writes it: its tables are not Attain&apos;s (it was changed by another program, or never finished). It was left unchanged and is not used.

%2</source>
        <translation>%1 不是 Attain 写出的工作区：其中的表不是 Attain 的（可能被其他程序改过，或从未写完）。它未被改动，也不会被使用。

%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Attain (workspace format %2; this version reads formats up to %3). It was left unchanged; update Attain to open it.</source>
        <translation>%1 由更新版本的 Attain 写出（工作区格式 %2；本版本最多读取格式 %3）。它未被改动；请升级 Attain 后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used; Attain has not changed it.

%2</source>
        <translation>%1 已损坏，无法使用；Attain 没有改动它。

%2</translation>
    </message>
    <message>
        <source>The write-ahead log beside %1 (%2) does not belong to it: it was left by another copy of the workspace, and using it would damage the file. Attain has changed neither. If this file replaced another copy, move %2 away and open it again; otherwise restore a backup.

%3</source>
        <translation>%1 旁边的预写日志（%2）不属于它：它是这个工作区的另一个副本留下的，使用它会损坏文件。Attain 两者都没有改动。如果这个文件替换了另一个副本，请把 %2 移走后再打开；否则请恢复一个备份。

%3</translation>
    </message>
    <message>
        <source>Attain cannot read %1. Check that the file and its folder may be read by you.</source>
        <translation>Attain 无法读取 %1。请检查你是否有权读取该文件及其文件夹。</translation>
    </message>
    <message>
        <source>%1 is being written by another program (another window or attain-cli). Nothing was changed; try again when it has finished.</source>
        <translation>%1 正在被另一个程序写入（另一个窗口或 attain-cli）。没有做任何改动；请等它完成后再试。</translation>
    </message>
    <message>
        <source>%1 is being written: %2. Nothing was changed; try again when it has finished.</source>
        <translation>%1 正在被写入：%2。没有做任何改动；请等它完成后再试。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): changes cannot be saved. Reports and exports still work.</source>
        <translation>%1 以只读方式打开（%2）：改动无法保存。报表和导出仍可使用。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>%1 所在的磁盘已满。没有做任何改动；请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The disk holding %1 reported an error while Attain wrote to it. Nothing was changed; check the disk, or use another one.</source>
        <translation>Attain 写入时，%1 所在的磁盘报告了错误。没有做任何改动；请检查磁盘，或改用其他磁盘。</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>它无法写入</translation>
    </message>
    <message>
        <source>Attain ran out of memory while it used %1. Nothing was changed; close other programs and try again.</source>
        <translation>Attain 使用 %1 时内存不足。没有做任何改动；请关闭其他程序后再试。</translation>
    </message>
    <message>
        <source>Attain could not use %1 (SQLite error %2). Nothing was changed.</source>
        <translation>Attain 无法使用 %1（SQLite 错误 %2）。没有做任何改动。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so %2 was not written. Free some space and try again; an earlier file of that name is unchanged.</source>
        <translation>%1 所在的磁盘已满，所以没有写出 %2。请腾出空间后再试；同名的旧文件保持不变。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so %2 was not written. Choose another folder.</source>
        <translation>文件夹 %1 是只读的，所以没有写出 %2。请换一个文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so %2 was not written.</source>
        <translation>文件夹 %1 不存在，所以没有写出 %2。</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); an earlier file of that name is unchanged.</source>
        <translation>写出 %1 失败（%2）；同名的旧文件保持不变。</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Attain team bundles (*%1)</source>
        <translation>Attain 团队同步包 (*%1)</translation>
    </message>
    <message>
        <source>Attain invitations (*%1)</source>
        <translation>Attain 邀请文件 (*%1)</translation>
    </message>
    <message>
        <source>Invite %1 to Team Sync</source>
        <translation>邀请 %1 加入团队同步</translation>
    </message>
    <message>
        <source>Cannot invite</source>
        <translation>无法邀请</translation>
    </message>
    <message>
        <source>Invitation saved</source>
        <translation>邀请文件已保存</translation>
    </message>
    <message>
        <source>Give %1 the file %2 (by USB stick, e-mail or a shared folder). In Attain on their computer they choose File ▸ Join a Team… and pick it: their own workspace is made with their customers and deals only.

Anyone who has this file can join as %1 until %1&apos;s first bundle arrives here, so hand it over in person or through a channel you trust. A new invitation replaces the device of an earlier one.</source>
        <translation>请把文件 %2 交给 %1（U 盘、邮件或共享文件夹均可）。对方在自己电脑上的 Attain 中选择 文件 ▸ 加入团队… 并选中它：系统会生成只含其本人客户和商机的工作区。

在 %1 的第一个同步包到达之前，任何拿到此文件的人都能以 %1 的身份加入，所以请当面交付或通过可信的渠道发送。新的邀请会替换之前邀请的设备。</translation>
    </message>
    <message>
        <source>Join a Team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <source>Cannot join</source>
        <translation>无法加入</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Where to keep your own workspace</source>
        <translation>把自己的工作区保存在哪里</translation>
    </message>
    <message>
        <source>Attain workspaces (*.attain)</source>
        <translation>Attain 工作区 (*.attain)</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <source>%1 has no field %2 that team sync carries</source>
        <translation>%1 没有团队同步会传递的字段 %2</translation>
    </message>
    <message>
        <source>the value of %1 is not text</source>
        <translation>%1 的值不是文本</translation>
    </message>
    <message>
        <source>a credit split names a member this file does not have</source>
        <translation>业绩分配中有本文件没有的成员</translation>
    </message>
    <message>
        <source>%1 names a record this file does not have</source>
        <translation>%1 指向本文件没有的记录</translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2</source>
        <translation>%1 不是整数：%2</translation>
    </message>
    <message>
        <source>the deal could not be read back</source>
        <translation>无法读回该商机</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>a target is for one member or one team</source>
        <translation>目标只能针对一名成员或一个团队</translation>
    </message>
    <message>
        <source>a period is required</source>
        <translation>请填写周期</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>目标不能为负数</translation>
    </message>
    <message>
        <source>a satisfaction target is at most 5</source>
        <translation>满意度目标最高为 5</translation>
    </message>
</context>
<context>
    <name>TargetService</name>
    <message>
        <source>there is no such member</source>
        <translation>没有这名成员</translation>
    </message>
    <message>
        <source>there is no such team</source>
        <translation>没有这个团队</translation>
    </message>
    <message>
        <source>The target no longer exists</source>
        <translation>该目标已不存在</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>a team name is required</source>
        <translation>请填写团队名称</translation>
    </message>
    <message>
        <source>a team name cannot contain “:”</source>
        <translation>团队名称不能包含“：”</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>there is already a team named “%1”</source>
        <translation>已有名为“%1”的团队</translation>
    </message>
    <message>
        <source>there is no such member</source>
        <translation>没有这名成员</translation>
    </message>
    <message>
        <source>The team no longer exists</source>
        <translation>该团队已不存在</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) still belong to “%1”; move them first</source>
        <translation>
            <numerusform>“%1”还有 %n 名成员；请先将他们调到其他团队</numerusform>
        </translation>
    </message>
    <message>
        <source>the team still has targets; remove them first</source>
        <translation>该团队还有目标；请先删除这些目标</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>This is a rep&apos;s own workspace; invitations are made in the team&apos;s workspace.</source>
        <translation>这是销售代表自己的工作区；邀请需在团队工作区中发出。</translation>
    </message>
    <message>
        <source>who takes part in team sync</source>
        <translation>团队同步的参与者</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>没有这个成员。</translation>
    </message>
    <message>
        <source>%1 is not a rep: only reps work in a file of their own.</source>
        <translation>%1 不是销售代表：只有销售代表使用自己的工作区文件。</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>The invitation could not be recorded.</source>
        <translation>无法记录该邀请。</translation>
    </message>
    <message>
        <source>invited %1</source>
        <translation>已邀请 %1</translation>
    </message>
    <message>
        <source>The invitation</source>
        <translation>邀请文件</translation>
    </message>
    <message>
        <source>The invitation is damaged: its contents cannot be read.</source>
        <translation>邀请文件已损坏：无法读取其内容。</translation>
    </message>
    <message>
        <source>The invitation is damaged: its contents do not match its manifest.</source>
        <translation>邀请文件已损坏：内容与清单不符。</translation>
    </message>
    <message>
        <source>The invitation was made by a newer Attain; update Attain to join.</source>
        <translation>邀请文件由更新版本的 Attain 生成；请先升级 Attain 再加入。</translation>
    </message>
    <message>
        <source>The invitation is damaged: it does not say whose it is.</source>
        <translation>邀请文件已损坏：看不出是发给谁的。</translation>
    </message>
    <message>
        <source>The invitation does not hold its member.</source>
        <translation>邀请文件中没有被邀请的成员。</translation>
    </message>
    <message>
        <source>The new workspace could not be written.</source>
        <translation>无法写入新的工作区。</translation>
    </message>
    <message>
        <source>This workspace does not take part in team sync yet: invite a rep from the team&apos;s workspace, or join a team with an invitation.</source>
        <translation>此工作区尚未参与团队同步：请在团队工作区邀请销售代表，或用邀请文件加入团队。</translation>
    </message>
    <message>
        <source>team sync bundles</source>
        <translation>团队同步包</translation>
    </message>
    <message>
        <source>%1 has not been invited to team sync.</source>
        <translation>%1 尚未被邀请加入团队同步。</translation>
    </message>
    <message numerus="yes">
        <source>a bundle for %1: %n record(s) changed, %2 taken away</source>
        <translation>
            <numerusform>发给 %1 的同步包：%n 条记录有变更，移除 %2 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a bundle for the hub: %n change(s)</source>
        <translation>
            <numerusform>发给团队工作区的同步包：%n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace does not take part in team sync yet.</source>
        <translation>此工作区尚未参与团队同步。</translation>
    </message>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>同步文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>已应用 %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>已拒收 %1：%2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <source>(not in this workspace)</source>
        <translation>（不在此工作区中）</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>该记录已不存在</translation>
    </message>
    <message>
        <source>Only a manager changes %1.</source>
        <translation>只有经理可以修改%1。</translation>
    </message>
    <message>
        <source>its contents cannot be read</source>
        <translation>无法读取其内容</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>无法读取其清单</translation>
    </message>
    <message>
        <source>its contents do not match its manifest</source>
        <translation>内容与清单不符</translation>
    </message>
    <message>
        <source>it is of a format this Attain does not read</source>
        <translation>此版本的 Attain 无法读取这种格式</translation>
    </message>
    <message>
        <source>it was made by a newer Attain (workspace format %1); update Attain to apply it</source>
        <translation>它由更新版本的 Attain 生成（工作区格式 %1）；请先升级 Attain 再应用</translation>
    </message>
    <message>
        <source>its changes cannot be read</source>
        <translation>无法读取其中的变更</translation>
    </message>
    <message>
        <source>its manifest has no sequence range</source>
        <translation>清单中没有序号范围</translation>
    </message>
    <message>
        <source>The rep&apos;s records could not be read.</source>
        <translation>无法读取该销售代表的记录。</translation>
    </message>
    <message>
        <source>this workspace does not take part in team sync</source>
        <translation>此工作区未参与团队同步</translation>
    </message>
    <message>
        <source>what team sync merges</source>
        <translation>团队同步合并的内容</translation>
    </message>
    <message>
        <source>it is meant for another workspace</source>
        <translation>它是发给另一个工作区的</translation>
    </message>
    <message>
        <source>it is signed by a key this workspace does not know</source>
        <translation>它的签名密钥不为此工作区所知</translation>
    </message>
    <message>
        <source>it comes from a device whose invitation was replaced on %1</source>
        <translation>它来自一台已于 %1 被新邀请替换的设备</translation>
    </message>
    <message>
        <source>it is not from the member its key belongs to</source>
        <translation>它不是密钥所属成员发出的</translation>
    </message>
    <message>
        <source>its manifest is damaged</source>
        <translation>它的清单已损坏</translation>
    </message>
    <message>
        <source>applied %1, duplicates %2, conflicts %3, rejected %4</source>
        <translation>已应用 %1，重复 %2，冲突 %3，拒收 %4</translation>
    </message>
    <message>
        <source>%1 from %2: applied %3, duplicates %4, held %5, conflicts %6, rejected %7</source>
        <translation>来自 %2 的 %1：已应用 %3，重复 %4，暂存 %5，冲突 %6，拒收 %7</translation>
    </message>
    <message>
        <source>a held bundle</source>
        <translation>暂存的同步包</translation>
    </message>
    <message>
        <source>the rep is no longer a member</source>
        <translation>该销售代表已不是成员</translation>
    </message>
    <message>
        <source>change %1 is not one Attain makes</source>
        <translation>变更 %1 不是 Attain 会产生的变更</translation>
    </message>
    <message>
        <source>there is no field %1</source>
        <translation>没有字段 %1</translation>
    </message>
    <message>
        <source>it is not signed by this workspace&apos;s hub</source>
        <translation>它不是由本工作区所属的团队工作区签名的</translation>
    </message>
    <message>
        <source>it comes from another team&apos;s workspace</source>
        <translation>它来自另一个团队的工作区</translation>
    </message>
    <message>
        <source>it is meant for another member</source>
        <translation>它是发给另一位成员的</translation>
    </message>
    <message>
        <source>%1 from the hub: %2 record(s) updated, %3 taken away, %4 of your changes refused</source>
        <translation>来自团队工作区的 %1：更新 %2 条记录，移除 %3 条，你的变更被拒收 %4 项</translation>
    </message>
    <message>
        <source>the file could not be compacted: %1</source>
        <translation>无法压缩文件：%1</translation>
    </message>
    <message>
        <source>it holds a record Attain does not make</source>
        <translation>其中有 Attain 不会产生的记录</translation>
    </message>
    <message>
        <source>team sync conflicts</source>
        <translation>团队同步冲突</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>没有冲突 %1。</translation>
    </message>
    <message>
        <source>Conflict %1 is already decided.</source>
        <translation>冲突 %1 已经裁定过了。</translation>
    </message>
    <message>
        <source>A deletion is kept or undone, not given a value.</source>
        <translation>删除只能保留或撤销，不能填写值。</translation>
    </message>
    <message>
        <source>the manager decided: %1</source>
        <translation>经理已裁定：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>at most %1 characters (this has %2)</source>
        <translation>最多 %1 个字符（这里有 %2 个）</translation>
    </message>
    <message>
        <source>holds an invisible control character (%1); remove it</source>
        <translation>含有不可见的控制字符（%1）；请删除它</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite 完整性检查</translation>
    </message>
    <message>
        <source>References between records</source>
        <translation>记录之间的引用</translation>
    </message>
    <message>
        <source>Credit splits add up to 100%</source>
        <translation>业绩拆分合计为 100%</translation>
    </message>
    <message>
        <source>Won and lost deals have a closing date</source>
        <translation>赢单和输单都有成交日期</translation>
    </message>
    <message>
        <source>Money is stored as whole minor units</source>
        <translation>金额以整数（分）存储</translation>
    </message>
    <message>
        <source>Every change has a change-log entry</source>
        <translation>每次变更都有变更日志</translation>
    </message>
    <message>
        <source>Credited amounts of split deals add up to the deal&apos;s amount in the base currency</source>
        <translation>拆分商机的计入金额之和等于其本位币金额</translation>
    </message>
    <message>
        <source>Deals in other currencies have a rate to the base currency</source>
        <translation>外币商机都有到本位币的汇率</translation>
    </message>
</context>
<context>
    <name>WriterNote</name>
    <message>
        <source>an import</source>
        <translation>一次导入</translation>
    </message>
    <message>
        <source>an import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>the close of %1</source>
        <translation>%1 的结账</translation>
    </message>
    <message>
        <source>a restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>an upgrade of the file&apos;s format</source>
        <translation>文件格式升级</translation>
    </message>
    <message>
        <source>the merge of a team member&apos;s changes</source>
        <translation>合并团队成员的改动</translation>
    </message>
    <message>
        <source>a long change</source>
        <translation>一项耗时的改动</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 in %2, since %3</source>
        <translation>%1，由 %2 进行，开始于 %3</translation>
    </message>
</context>
<context>
    <name>XlsxHandoff</name>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Could not start the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>payouts file: %1</source>
        <translation>发放文件：%1</translation>
    </message>
</context>
<context>
    <name>attain::ActivitiesPage</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>this follow-up</source>
        <translation>这条跟进</translation>
    </message>
</context>
<context>
    <name>attain::ActivityForm</name>
    <message>
        <source>Edit Follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <source>New Follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>What was discussed, what comes next (Ctrl+Enter saves)</source>
        <translation>沟通了什么，下一步做什么（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(no particular deal)</source>
        <translation>（不关联商机）</translation>
    </message>
</context>
<context>
    <name>attain::AwardNotifier</name>
    <message>
        <source>%1 earned %2: %3</source>
        <translation>%1 获得 %2：%3</translation>
    </message>
</context>
<context>
    <name>attain::BackupsDialog</name>
    <message>
        <source>Backups of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <source>Attain backs this workspace up by itself: before the first change of each day, before every import and period close, and before an upgrade. Its backups are kept in %1 — the ten newest, and the first of each of the last 7 days and of the last 4 weeks. Each is a workspace file; restoring one keeps the current state as one more backup.</source>
        <translation>Attain 会自动备份这个工作区：每天第一次修改之前、每次导入和结账之前，以及升级之前。备份保存在 %1 中——保留最新的十个，以及最近 7 天和最近 4 周中每天、每周的第一个。每个备份都是一个工作区文件；恢复时会先把当前状态另存为一个备份。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>There are no backups yet: the first is taken before the first change.</source>
        <translation>还没有备份：第一次修改之前会做第一个备份。</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open a Copy…</source>
        <translation>打开副本(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (workspace format %2)</source>
        <translation>%1（工作区格式 %2）</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore %1 to its state of %2? Its current state is kept as one more backup first, so this can be undone by restoring that one.</source>
        <translation>把 %1 恢复到 %2 时的状态吗？当前状态会先另存为一个备份，因此可以通过恢复那个备份来撤销。</translation>
    </message>
    <message>
        <source>%1 (backup %2).attain</source>
        <translation>%1（备份 %2）.attain</translation>
    </message>
    <message>
        <source>Open a Copy of the Backup</source>
        <translation>打开备份的副本</translation>
    </message>
    <message>
        <source>Attain workspaces (*.attain)</source>
        <translation>Attain 工作区 (*.attain)</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
</context>
<context>
    <name>attain::BoardWidget</name>
    <message>
        <source>Average rating (stars)</source>
        <translation>平均评分（星）</translation>
    </message>
    <message>
        <source>Change in score (points)</source>
        <translation>得分变化（分）</translation>
    </message>
    <message>
        <source>Score (points)</source>
        <translation>得分（分）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ranks %1. %2 Shown to: %3; as: %4.</source>
        <translation>排名依据：%1。%2 公开范围：%3；显示方式：%4。</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Won revenue (%1)</source>
        <translation>赢单业绩（%1）</translation>
    </message>
</context>
<context>
    <name>attain::ConflictsPage</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 条争议</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>A note for the record (optional):</source>
        <translation>裁定说明（可选）：</translation>
    </message>
    <message>
        <source>Cannot decide</source>
        <translation>无法裁定</translation>
    </message>
    <message numerus="yes">
        <source>A customer stays with its owner for %n day(s) after their last follow-up. A deal another member enters in that time waits here: keep the credit with the owner (the deal is re-credited to them), or move the customer to the member who closed it.</source>
        <translation>
            <numerusform>客户在负责人最近一次跟进后的 %n 天内受保护。在此期间其他成员录入的商机会在这里等待裁定：把业绩保留给原负责人（商机改记到其名下），或把客户转给成交的成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep with the owner</source>
        <translation>保留给原负责人</translation>
    </message>
    <message>
        <source>Move customer to the claimant</source>
        <translation>把客户转给争取人</translation>
    </message>
    <message>
        <source>Only a manager can decide</source>
        <translation>只有经理可以裁定</translation>
    </message>
    <message>
        <source>Keep the credit with the owner</source>
        <translation>业绩保留给负责人</translation>
    </message>
    <message>
        <source>Move the customer to the claimant</source>
        <translation>把客户转给申请人</translation>
    </message>
</context>
<context>
    <name>attain::CurrenciesDialog</name>
    <message>
        <source>Currencies</source>
        <translation>币种与汇率</translation>
    </message>
    <message>
        <source>Scores, statements and payouts count every deal in the base currency. A deal in another currency counts at the rate of the month it closed, converted once and rounded to the cent; without a rate for that month it cannot be saved. Rates can also be imported (File ▸ Import…, “Exchange rates”: currency, month, rate).</source>
        <translation>得分、结算单和发放都按本位币计算每笔商机。外币商机按成交当月的汇率折算一次并四舍五入到分；没有当月汇率则无法保存。汇率也可以导入（文件 ▸ 导入…，“汇率”：币种、月份、汇率）。</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>本位币：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>折合</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>汇率：</translation>
    </message>
    <message>
        <source>e.g. 7.1 (up to six decimals)</source>
        <translation>如 7.1（最多六位小数）</translation>
    </message>
    <message>
        <source>&amp;Set Rate</source>
        <translation>设置汇率(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove Rate</source>
        <translation>删除汇率(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No rates yet: every deal is in the base currency.</source>
        <translation>还没有汇率：所有商机都以本位币计。</translation>
    </message>
    <message>
        <source>The base currency is chosen before the first deal: changing it now would change every figure already reported.</source>
        <translation>本位币须在第一笔商机之前选定：现在更改会改变所有已报告的数字。</translation>
    </message>
    <message>
        <source>Choose it before the first deal is entered.</source>
        <translation>请在录入第一笔商机之前选定。</translation>
    </message>
    <message>
        <source>Rates are set by a manager.</source>
        <translation>汇率由经理设置。</translation>
    </message>
    <message>
        <source>Set the %1 rate for %2</source>
        <translation>设置 %1 在 %2 的汇率</translation>
    </message>
    <message>
        <source>Remove the %1 rate</source>
        <translation>删除 %1 汇率</translation>
    </message>
    <message>
        <source>Set the base currency to %1</source>
        <translation>将本位币设为 %1</translation>
    </message>
</context>
<context>
    <name>attain::CustomerDetail</name>
    <message>
        <source>Choose a customer to see its deals, follow-ups and ratings</source>
        <translation>选择一个客户，查看其商机、跟进和评价</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>Owned by %1 since %2, protected until %3</source>
        <translation>负责人 %1（自 %2 起），保护期至 %3</translation>
    </message>
    <message>
        <source>Owned by %1 since %2; protection lapsed</source>
        <translation>负责人 %1（自 %2 起），保护期已过</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Add rating</source>
        <translation>添加评价</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>商机（%1）</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>跟进（%1）</translation>
    </message>
    <message>
        <source>Ratings (%1)</source>
        <translation>评价（%1）</translation>
    </message>
</context>
<context>
    <name>attain::CustomerForm</name>
    <message>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>老客户介绍</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官网咨询</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>电话开发</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Online ad</source>
        <translation>线上广告</translation>
    </message>
    <message>
        <source>optional, e.g. from another system</source>
        <translation>可选，如其他系统中的编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Owner since</source>
        <translation>负责起始</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>External no.</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>These customers have the same name or phone:
%1

Create “%2” as a new customer anyway?</source>
        <translation>以下客户的名称或电话相同：
%1

仍要将“%2”创建为新客户吗？</translation>
    </message>
</context>
<context>
    <name>attain::CustomerPicker</name>
    <message>
        <source>Type a name or phone number</source>
        <translation>输入名称或电话号码</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>attain::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer “%1”</source>
        <translation>客户“%1”</translation>
    </message>
</context>
<context>
    <name>attain::DashboardPage</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Top movers (won revenue against the previous period)</source>
        <translation>变化最大（赢单业绩较上一周期）</translation>
    </message>
    <message>
        <source>Data quality (double-click for the records)</source>
        <translation>数据质量（双击查看记录）</translation>
    </message>
    <message>
        <source>My awards this period</source>
        <translation>本期我的奖励</translation>
    </message>
    <message>
        <source>Customers due a follow-up</source>
        <translation>需要跟进的客户</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>签单金额</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>no rating in this period</source>
        <translation>本期没有评价</translation>
    </message>
    <message>
        <source>On target or better</source>
        <translation>达标及以上</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 人中 %1 人</translation>
    </message>
    <message>
        <source>Attainment by member (score; the line is on target)</source>
        <translation>成员达成情况（得分；虚线为达标线）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>On target (100)</source>
        <translation>达标（100）</translation>
    </message>
    <message>
        <source>Won revenue, %1 – %2</source>
        <translation>赢单业绩，%1 – %2</translation>
    </message>
    <message>
        <source>Open pipeline by expected close</source>
        <translation>按预计成交月份的在途商机</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No change against the previous period.</source>
        <translation>与上一周期相比没有变化。</translation>
    </message>
    <message>
        <source>My score</source>
        <translation>我的得分</translation>
    </message>
    <message>
        <source>%1 points · %2</source>
        <translation>%1 分 · %2</translation>
    </message>
    <message>
        <source>No score yet for %1</source>
        <translation>%1 还没有得分</translation>
    </message>
    <message>
        <source>To reach “%1” (%2 points), any one of:</source>
        <translation>要达到“%1”（%2 分），以下任一项即可：</translation>
    </message>
    <message>
        <source>This is the highest tier. Well done.</source>
        <translation>已是最高档，干得好！</translation>
    </message>
    <message>
        <source>My won revenue and target</source>
        <translation>我的赢单业绩与目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>No award yet this period.</source>
        <translation>本期还没有奖励。</translation>
    </message>
    <message>
        <source>%1 — last follow-up %2</source>
        <translation>%1 — 上次跟进 %2</translation>
    </message>
    <message>
        <source>%1 — never followed up</source>
        <translation>%1 — 从未跟进</translation>
    </message>
    <message>
        <source>Every customer was followed up in the last 14 days.</source>
        <translation>所有客户在最近 14 天内都已跟进。</translation>
    </message>
    <message>
        <source>%1 record(s); the first %2 are listed.</source>
        <translation>共 %1 条记录；列出前 %2 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>此前</translation>
    </message>
    <message>
        <source>Everyone&apos;s figures</source>
        <translation>全部成员的数据</translation>
    </message>
    <message numerus="yes">
        <source>My team&apos;s figures (%n member(s))</source>
        <translation>
            <numerusform>我的团队的数据（%n 名成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>changes against %1 – %2, the same days of %3</source>
        <translation>变化对比 %1 – %2（%3的同期天数）</translation>
    </message>
    <message>
        <source>changes against %1</source>
        <translation>变化对比 %1</translation>
    </message>
    <message>
        <source>won revenue: %1</source>
        <translation>赢单收入：%1</translation>
    </message>
    <message>
        <source>Won revenue: %1</source>
        <translation>赢单收入：%1</translation>
    </message>
    <message>
        <source>changes against %1, the same first day of %2</source>
        <translation>变化对比 %1（%2的同一首日）</translation>
    </message>
</context>
<context>
    <name>attain::DealForm</name>
    <message>
        <source>Edit Deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Set by finance&apos;s confirmation file or by a manager</source>
        <translation>由财务回款确认文件或经理设置</translation>
    </message>
    <message>
        <source>Deal no.</source>
        <translation>商机编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Closed on / expected</source>
        <translation>成交/预计成交日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Credit splits</source>
        <translation>业绩拆分</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>no customer matches “%1”; create it first</source>
        <translation>没有与“%1”匹配的客户；请先创建该客户</translation>
    </message>
    <message>
        <source>Ownership conflict</source>
        <translation>业绩归属争议</translation>
    </message>
    <message>
        <source>This customer is still protected for its owner. The deal was saved and a conflict was recorded for a manager to decide who is credited.</source>
        <translation>该客户仍在原负责人的保护期内。商机已保存，并已记录一条归属争议，由经理裁定业绩归谁。</translation>
    </message>
    <message>
        <source>Customer claimed</source>
        <translation>客户已归你</translation>
    </message>
    <message>
        <source>The owner&apos;s protection of this customer had lapsed; the customer is now yours.</source>
        <translation>原负责人对该客户的保护期已过，该客户现在归你负责。</translation>
    </message>
    <message>
        <source>Counts in %1 at the rate of the month the deal closes</source>
        <translation>按成交当月汇率折合为 %1 计算</translation>
    </message>
</context>
<context>
    <name>attain::DealsPage</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>商机 %1</translation>
    </message>
</context>
<context>
    <name>attain::FinanceExportDialog</name>
    <message>
        <source>Finance Handoff</source>
        <translation>财务交接</translation>
    </message>
    <message>
        <source>The period&apos;s won deals, one row per credited member, in the columns finance expects. A manifest with the row count, the total in fen and a SHA-256 checksum is written beside the file.</source>
        <translation>本周期的赢单，每位计业绩成员一行，列为财务所需格式。同目录下另写一份清单，含行数、以分计的合计和 SHA-256 校验值。</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM)</source>
        <translation>适用于 Excel 的 CSV（UTF-8，带 BOM）</translation>
    </message>
    <message>
        <source>CSV in GB18030 (older Chinese systems)</source>
        <translation>GB18030 编码的 CSV（较老的中文系统）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Will write:</source>
        <translation>将写出：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), credited total %1</source>
        <translation>
            <numerusform>%n 行，计业绩合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Finance Handoff</source>
        <translation>导出财务交接文件</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The handoff was not written</source>
        <translation>交接文件未写出</translation>
    </message>
    <message>
        <source>Any earlier file of that name is unchanged.</source>
        <translation>同名的旧文件保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s), credited total %1, to %2.
The manifest is %3.</source>
        <translation>
            <numerusform>已写出 %n 行，计业绩合计 %1，保存到 %2。
清单文件为 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts: %n member(s), total %1, in %2.</source>
        <translation>
            <numerusform>发放：%n 名成员，合计 %1，见 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on %1: frozen figures, as they were at the close.</source>
        <translation>已于 %1 结账：冻结的数字，与结账时一致。</translation>
    </message>
    <message>
        <source>Open period: live figures.</source>
        <translation>未结账期间：实时数字。</translation>
    </message>
    <message>
        <source>Closed on %1, before Attain kept its deals: live figures.</source>
        <translation>于 %1 结账，当时 Attain 尚未冻结赢单明细：实时数字。</translation>
    </message>
</context>
<context>
    <name>attain::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Finishing the check…</source>
        <translation>正在完成检查…</translation>
    </message>
    <message>
        <source>Finishing: writing the history and the indexes…</source>
        <translation>正在收尾：写入变更历史和索引…</translation>
    </message>
</context>
<context>
    <name>attain::IncentiveRulesEditor</name>
    <message>
        <source>From % of target</source>
        <translation>起点（目标的 %）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Add Band</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <source>Remove Band</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <source>Cap one period&apos;s commission at</source>
        <translation>每期提成封顶</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>shared equally</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>shared by credited revenue</source>
        <translation>按计入业绩分配</translation>
    </message>
    <message>
        <source>Commission on credited won revenue</source>
        <translation>按计入的赢单业绩提成</translation>
    </message>
    <message>
        <source>Instant awards (0: off)</source>
        <translation>即时激励（0：关闭）</translation>
    </message>
    <message>
        <source>First won deal of each month:</source>
        <translation>每月首单：</translation>
    </message>
    <message>
        <source>Each 5-star rating:</source>
        <translation>每个五星好评：</translation>
    </message>
    <message>
        <source>Each tier reached above the lowest:</source>
        <translation>最低等级以上每达到一个等级：</translation>
    </message>
    <message>
        <source>follow-ups in a week pay</source>
        <translation>次跟进/周，奖励</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>跟进：</translation>
    </message>
    <message>
        <source>Team pool when the team reaches its revenue target:</source>
        <translation>团队达成业绩目标时的奖金池：</translation>
    </message>
    <message>
        <source>first won deal award</source>
        <translation>首单奖励</translation>
    </message>
    <message>
        <source>5-star award</source>
        <translation>五星好评奖励</translation>
    </message>
    <message>
        <source>tier award</source>
        <translation>等级奖励</translation>
    </message>
    <message>
        <source>follow-up award</source>
        <translation>跟进奖励</translation>
    </message>
    <message>
        <source>team pool</source>
        <translation>团队奖金池</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount</source>
        <translation>%1：“%2”不是金额</translation>
    </message>
    <message>
        <source>the commission cap is not an amount</source>
        <translation>提成封顶不是金额</translation>
    </message>
</context>
<context>
    <name>attain::LeaderboardPage</name>
    <message>
        <source>Export the Board as PNG</source>
        <translation>将排行榜导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Shown to:</source>
        <translation>公开范围：</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>显示方式：</translation>
    </message>
    <message>
        <source>Each board for</source>
        <translation>每个榜显示</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>大屏展示</translation>
    </message>
    <message>
        <source>Full screen for a big screen; the boards take turns. Esc leaves.</source>
        <translation>全屏用于大屏幕，各排行榜轮流显示。按 Esc 退出。</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
</context>
<context>
    <name>attain::LockedPage</name>
    <message>
        <source>Sign in to see this workspace</source>
        <translation>登录后查看此工作区</translation>
    </message>
    <message>
        <source>Its managers protect it with a PIN or password, so nothing is shown until you say who you are. A rep sees their own records; a manager their team.</source>
        <translation>经理们为它设置了 PIN 或密码，在您表明身份之前不显示任何内容。销售看到自己的记录，经理看到其团队的记录。</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>attain::MainWindow</name>
    <message>
        <source>Damaged workspace</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Attain</source>
        <translation>关于 Attain(&amp;A)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation>无法创建演示工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Attain workspaces (*.attain)</source>
        <translation>Attain 工作区 (*.attain)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Sales team.attain</source>
        <translation>销售团队.attain</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
    </message>
    <message>
        <source>%1 — Attain</source>
        <translation>%1 — Attain</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>尚未选择用户</translation>
    </message>
    <message>
        <source>About Attain</source>
        <translation>关于 Attain</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attain %1&lt;/h3&gt;&lt;p&gt;The sales-performance workbench for small teams: customers, deals and follow-ups entered offline, layered plans and targets, scorecards anyone can check, and a finance handoff that reconciles to the fen.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attain %1&lt;/h3&gt;&lt;p&gt;面向小型销售团队的销售绩效工作台：离线录入客户、商机和跟进，分层的绩效方案与目标，人人都能核对的绩效卡，以及精确到分的财务交接。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 SQLite 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Who Is Using This Workspace…</source>
        <translation>当前用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Customer &amp;Protection Period…</source>
        <translation>客户保护期(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>业绩归属</translation>
    </message>
    <message>
        <source>Members &amp; Teams</source>
        <translation>成员与团队</translation>
    </message>
    <message>
        <source>Customer Protection Period</source>
        <translation>客户保护期</translation>
    </message>
    <message>
        <source>Days a customer stays with its owner after their last follow-up:</source>
        <translation>负责人最近一次跟进后，客户受保护的天数：</translation>
    </message>
    <message>
        <source>“%1” is not a number of days</source>
        <translation>“%1”不是天数</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Finance Handoff…</source>
        <translation>财务交接(&amp;F)…</translation>
    </message>
    <message>
        <source>Finance Handoff</source>
        <translation>财务交接</translation>
    </message>
    <message>
        <source>The finance handoff is written by a manager or by finance.</source>
        <translation>财务交接文件由经理或财务导出。</translation>
    </message>
    <message>
        <source>Scoring &amp;Plans…</source>
        <translation>评分方案(&amp;P)…</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>成绩单</translation>
    </message>
    <message>
        <source>Team Scores</source>
        <translation>团队成绩</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Award earned</source>
        <translation>获得奖励</translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>This workspace was opened again; here it is.</source>
        <translation>这个工作区又被打开了一次；它就在这里。</translation>
    </message>
    <message>
        <source>Read-only: %1. You can look, print and export; changes cannot be saved.</source>
        <translation>只读：%1。可以查看、打印和导出；改动无法保存。</translation>
    </message>
    <message>
        <source>Restore the Newest Backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <source>Show All Backups…</source>
        <translation>查看全部备份…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>%1 is back to its state of %2. The state it had before is kept as a backup (%3).</source>
        <translation>%1 已恢复到 %2 时的状态。恢复前的状态已保存为备份（%3）。</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 (copy).attain</source>
        <translation>%1（副本）.attain</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已另存副本：%1</translation>
    </message>
    <message>
        <source>Set the Log Aside and Open</source>
        <translation>移开日志并打开</translation>
    </message>
    <message>
        <source>The other copy&apos;s log is kept as %1.</source>
        <translation>另一个副本的日志已保存为 %1。</translation>
    </message>
    <message>
        <source>Change the protection period</source>
        <translation>修改保护期</translation>
    </message>
    <message>
        <source>Can&apos;t Undo %1</source>
        <translation>无法撤销%1</translation>
    </message>
    <message>
        <source>My PIN or &amp;Password…</source>
        <translation>我的 PIN 或密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Locked: sign in to see the workspace</source>
        <translation>已锁定：登录后查看工作区</translation>
    </message>
    <message>
        <source>&amp;Currencies and Rates…</source>
        <translation>币种与汇率(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Join a Team…</source>
        <translation>加入团队(&amp;J)…</translation>
    </message>
    <message>
        <source>Team Sync</source>
        <translation>团队同步</translation>
    </message>
    <message>
        <source>Joined the team: this is your own workspace.</source>
        <translation>已加入团队：这是你自己的工作区。</translation>
    </message>
    <message>
        <source>S&amp;ync Folder…</source>
        <translation>同步文件夹(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>attain::MemberCombo</name>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>attain::MemberForm</name>
    <message>
        <source>Edit Member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>New Member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <source>e.g. zhangwei</source>
        <translation>例如 zhangwei</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>Active (can be credited and is listed)</source>
        <translation>在职（可计业绩并显示在列表中）</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>attain::MembersPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>the team “%1”</source>
        <translation>团队“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s) · lead %2</source>
        <translation>
            <numerusform>%1 · %n 名成员 · 负责人 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>the member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>Invite to Team Sync…</source>
        <translation>邀请加入团队同步…</translation>
    </message>
    <message>
        <source>Make an invitation for the selected rep: their own workspace with their customers and deals, to work offline and send their changes here.</source>
        <translation>为选中的销售代表生成邀请：对方将得到只含自己客户和商机的工作区，可离线工作并把变更发回这里。</translation>
    </message>
</context>
<context>
    <name>attain::OverviewPage</name>
    <message numerus="yes">
        <source>in %n team(s)</source>
        <translation>
            <numerusform>共 %n 个团队</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 follow-ups, %2 ratings</source>
        <translation>%1 条跟进，%2 条评价</translation>
    </message>
    <message>
        <source>%1 won · %2 lost · %3 open</source>
        <translation>赢单 %1 · 输单 %2 · 进行中 %3</translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation>%1签单</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n open deal(s)</source>
        <translation>
            <numerusform>%n 个进行中的商机</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1:%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途商机</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近变更</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>%1 · everyone&apos;s figures, the whole workspace</source>
        <translation>%1 · 全部成员的数据（整个工作区）</translation>
    </message>
</context>
<context>
    <name>attain::PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>attain::PlanDialog</name>
    <message>
        <source>Scoring Plans</source>
        <translation>评分方案</translation>
    </message>
    <message>
        <source>Count only deals confirmed by finance</source>
        <translation>只计入财务已确认的商机</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>In effect from:</source>
        <translation>生效月份：</translation>
    </message>
    <message>
        <source>Attainment counts up to:</source>
        <translation>达成率最多计：</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>档次：</translation>
    </message>
    <message>
        <source>Weights by level (0: not scored), and metrics where less is better:</source>
        <translation>各级别的权重（0 表示不计分），以及越低越好的指标：</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>预览周期</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Delete Plan</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>“%1” is saved and takes effect from %2.</source>
        <translation>“%1”已保存，自 %2 起生效。</translation>
    </message>
    <message>
        <source>The built-in plan cannot be deleted.</source>
        <translation>内置方案不能删除。</translation>
    </message>
    <message>
        <source>Delete “%1”? Periods from its month on will be scored by the plan before it.</source>
        <translation>删除“%1”？自其生效月份起的周期将按之前的方案评分。</translation>
    </message>
    <message>
        <source>Cannot delete the plan</source>
        <translation>无法删除方案</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 —— 自 %2 起</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Less is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>无法保存方案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>tier: %1 → %2</source>
        <translation>档次：%1 → %2</translation>
    </message>
    <message>
        <source>Fix the plan to see its preview.</source>
        <translation>请先修正方案再预览。</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>现行得分</translation>
    </message>
    <message>
        <source>Score, draft</source>
        <translation>草案得分</translation>
    </message>
    <message>
        <source>Payout now</source>
        <translation>现行发放</translation>
    </message>
    <message>
        <source>Payout, draft</source>
        <translation>草案发放</translation>
    </message>
    <message>
        <source>Payout change</source>
        <translation>发放变化</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Commission &amp;&amp; Awards</source>
        <translation>提成与奖励</translation>
    </message>
    <message>
        <source>%1 under the draft: %2 up, %3 down, %4 change tier. Payouts %5 → %6, a change of %7.</source>
        <translation>%1 按草案：%2 人上升，%3 人下降，%4 人等级变化。发放 %5 → %6，变化 %7。</translation>
    </message>
    <message>
        <source>Edit plan “%1”</source>
        <translation>编辑方案“%1”</translation>
    </message>
</context>
<context>
    <name>attain::PresentationWindow</name>
    <message>
        <source>Attain — Leaderboards</source>
        <translation>Attain — 排行榜</translation>
    </message>
    <message>
        <source>Esc to leave · ← → to step through the boards</source>
        <translation>按 Esc 退出 · ← → 切换排行榜</translation>
    </message>
    <message>
        <source>Board %1 of %2</source>
        <translation>第 %1 个榜，共 %2 个</translation>
    </message>
    <message>
        <source>No board is set to be shown to a room: each is for managers only or shows only one&apos;s own rank.</source>
        <translation>没有可在大屏展示的排行榜：每个榜都仅对经理公开，或只显示本人名次。</translation>
    </message>
</context>
<context>
    <name>attain::RatingForm</name>
    <message>
        <source>Edit Rating</source>
        <translation>编辑评价</translation>
    </message>
    <message>
        <source>New Rating</source>
        <translation>新建评价</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Member rated</source>
        <translation>被评价成员</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>(no particular deal)</source>
        <translation>（不关联商机）</translation>
    </message>
    <message>
        <source>(choose the member rated)</source>
        <translation>（请选择被评价的成员）</translation>
    </message>
    <message>
        <source>(choose a score)</source>
        <translation>（请选择评分）</translation>
    </message>
    <message>
        <source>Confirmed: the customer really gave this rating</source>
        <translation>已确认：客户确实给出了这个评价</translation>
    </message>
    <message>
        <source>A rating entered by the member it rates pays its award once a manager confirms it.</source>
        <translation>由被评价成员本人录入的评价，经理确认后才发放奖励。</translation>
    </message>
    <message>
        <source>Entered by the member it rates: a manager confirms it before its award is paid.</source>
        <translation>由被评价的成员本人录入：经理确认后才发放奖励。</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>attain::RatingsPage</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n 条评价</numerusform>
        </translation>
    </message>
    <message>
        <source>this rating</source>
        <translation>这条评价</translation>
    </message>
</context>
<context>
    <name>attain::RecordForm</name>
    <message>
        <source>A Closed Period</source>
        <translation>已结算的周期</translation>
    </message>
    <message>
        <source>%1 was closed on %2. Its statements, payouts and finance files stay as they were frozen; this change will be listed among its discrepancies (Statements ▸ Discrepancies, or attain-cli close-period --discrepancies). Save it?</source>
        <translation>%1 已于 %2 结算。其对账单、发放和财务文件保持结算时冻结的数字；此更改将列入该周期的差异（对账单 ▸ 差异，或 attain-cli close-period --discrepancies）。仍要保存吗？</translation>
    </message>
</context>
<context>
    <name>attain::RecordPage</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>attain::RecordView</name>
    <message>
        <source>Search names, numbers, notes…</source>
        <translation>搜索名称、编号、备注…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>全部周期</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New record (%1)</source>
        <translation>新建记录（%1）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>attain::ScorecardPage</name>
    <message>
        <source>Scorecard</source>
        <translation>成绩单</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>To reach the next tier</source>
        <translation>达到下一档</translation>
    </message>
    <message>
        <source>How the score is computed</source>
        <translation>得分如何计算</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>No scored member is chosen.</source>
        <translation>尚未选择参与评分的成员。</translation>
    </message>
    <message>
        <source>of 100 for on target</source>
        <translation>100 分为达标</translation>
    </message>
    <message>
        <source>no metric has data and a target yet</source>
        <translation>还没有既有数据又有目标的指标</translation>
    </message>
    <message>
        <source>level %1 · from %2</source>
        <translation>级别 %1 · 自 %2 起</translation>
    </message>
    <message>
        <source>Double-click to see the records behind it</source>
        <translation>双击查看依据记录</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>counts up to %1%</source>
        <translation>最多计 %1%</translation>
    </message>
    <message>
        <source>shown, not scored</source>
        <translation>仅显示，不计分</translation>
    </message>
    <message>
        <source>less is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 points. Any one of these would do it, the rest unchanged:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 分起。其余不变时，以下任一即可：</translation>
    </message>
    <message>
        <source>This is the highest tier. Well done.</source>
        <translation>已是最高档，干得好！</translation>
    </message>
    <message>
        <source>A score needs at least one metric with data and a target.</source>
        <translation>至少要有一项既有数据又有目标的指标才有得分。</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 —— %2，%3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Counts for</source>
        <translation>计入</translation>
    </message>
    <message>
        <source> (%1% share)</source>
        <translation>（占 %1%）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · closed on %2, frozen</source>
        <translation>%1 · 已于 %2 结账，数字已冻结</translation>
    </message>
    <message numerus="yes">
        <source>Provisional: %n record(s) you changed here have not been merged by your manager yet (Team Sync). The team&apos;s figures may differ until they are.</source>
        <translation>
            <numerusform>暂定：你在此修改的 %n 条记录尚未被经理合并（团队同步）。在合并之前，团队的数据可能与此不同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::SecretDialog</name>
    <message>
        <source>PIN or Password</source>
        <translation>PIN 或密码</translation>
    </message>
    <message>
        <source>With a PIN or password, no one else using this computer can open the workspace as %1 or choose you in Who Is Using. It does not encrypt the file: keep the file itself where only you can reach it.</source>
        <translation>设置 PIN 或密码后，使用这台电脑的其他人无法以 %1 的身份打开工作区，也无法在“谁在使用”中选择您。它不会加密文件：请把文件本身放在只有您能访问的地方。</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>当前(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>新的(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>更改(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>The new PIN or password and its repetition differ.</source>
        <translation>新的 PIN 或密码与重复输入的不一致。</translation>
    </message>
    <message>
        <source>Enter the new PIN or password twice.</source>
        <translation>请输入两次新的 PIN 或密码。</translation>
    </message>
</context>
<context>
    <name>attain::SplitsEditor</name>
    <message>
        <source>Add a share</source>
        <translation>添加分成</translation>
    </message>
    <message>
        <source>Remove this share</source>
        <translation>删除这项分成</translation>
    </message>
    <message>
        <source>No split: the owner gets all the credit.</source>
        <translation>不拆分：业绩全部归负责人。</translation>
    </message>
    <message>
        <source>Total %1% ✓</source>
        <translation>合计 %1% ✓</translation>
    </message>
    <message>
        <source>Total %1% — must be 100%</source>
        <translation>合计 %1%，必须为 100%</translation>
    </message>
</context>
<context>
    <name>attain::StatementsPage</name>
    <message>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Add Adjustment…</source>
        <translation>添加调整…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <source>Every statement in the member list for this period, one page each</source>
        <translation>成员列表中每人本周期的对账单，每人一页</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现值</translation>
    </message>
    <message>
        <source>How this line was computed</source>
        <translation>这一行如何计算</translation>
    </message>
    <message>
        <source>Discrepancies: changes since the period was closed</source>
        <translation>差异：结账以后的改动</translation>
    </message>
    <message>
        <source>Reopen the period to adjust it</source>
        <translation>重新打开周期后才能调整</translation>
    </message>
    <message>
        <source>Reopen Period…</source>
        <translation>重新打开周期…</translation>
    </message>
    <message>
        <source>Close Period…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <source>%1 is closed (%2, by %3): these figures are frozen.</source>
        <translation>%1 已结账（%2，%3）：以下数字已冻结。</translation>
    </message>
    <message>
        <source>%1 is open again (reopened %2 by %3: %4). Figures follow the records.</source>
        <translation>%1 已重新打开（%2 由 %3 打开：%4）。数字随记录变化。</translation>
    </message>
    <message>
        <source>%1 is open: figures follow the records as they change.</source>
        <translation>%1 未结账：数字随记录变化。</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No scored member is chosen.</source>
        <translation>尚未选择参与评分的成员。</translation>
    </message>
    <message>
        <source>base %1 · target %2</source>
        <translation>基数 %1 · 目标 %2</translation>
    </message>
    <message>
        <source>base %1 · no revenue target</source>
        <translation>基数 %1 · 无业绩目标</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n 项奖励</numerusform>
        </translation>
    </message>
    <message>
        <source>clawbacks %1 (in commission)</source>
        <translation>追回 %1（计入提成）</translation>
    </message>
    <message>
        <source>plan “%1”</source>
        <translation>方案“%1”</translation>
    </message>
    <message>
        <source>Nothing is due for this period yet.</source>
        <translation>本周期暂无应发项目。</translation>
    </message>
    <message>
        <source>Select a line to see how it was computed.</source>
        <translation>选择一行查看计算过程。</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: frozen %2, now %3 (%4)</source>
        <translation>%1：冻结 %2，现在 %3（%4）</translation>
    </message>
    <message>
        <source>No change since the close touches this period.</source>
        <translation>结账以后没有影响本周期的改动。</translation>
    </message>
    <message>
        <source>The changes leave every frozen figure as it was.</source>
        <translation>这些改动没有改变任何冻结的数字。</translation>
    </message>
    <message>
        <source>Effect on payouts: %1</source>
        <translation>对发放的影响：%1</translation>
    </message>
    <message>
        <source>Add Adjustment</source>
        <translation>添加调整</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>e.g. 300 or -150.50 to deduct</source>
        <translation>例如 300，或 -150.50 表示扣减</translation>
    </message>
    <message>
        <source>Why — shown on the statement</source>
        <translation>原因——会显示在对账单上</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Close Period</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Reopen Period</source>
        <translation>重新打开周期</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reason is kept in the change log.</source>
        <translation>为什么重新打开 %1？原因会记入变更日志。</translation>
    </message>
    <message>
        <source>Close %1? Its scores and statements are frozen as they are now; later edits that touch it are listed as discrepancies and never change the frozen figures.</source>
        <translation>对 %1 结账？其成绩与对账单将按现状冻结；之后影响它的修改会列为差异，绝不改变冻结的数字。</translation>
    </message>
    <message>
        <source>Print Statements to PDF</source>
        <translation>将对账单打印为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>未写出 PDF</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n statement(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 份对账单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>结账 %1</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
</context>
<context>
    <name>attain::SyncPage</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Apply Team Bundles</source>
        <translation>应用团队同步包</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>其他值</translation>
    </message>
    <message>
        <source>The value %1 takes:</source>
        <translation>%1 的值：</translation>
    </message>
    <message numerus="yes">
        <source>Team sync: %n record(s) wait for the manager</source>
        <translation>
            <numerusform>团队同步：%n 条记录等待经理合并</numerusform>
        </translation>
    </message>
    <message>
        <source>Team sync: up to date</source>
        <translation>团队同步：已是最新</translation>
    </message>
    <message numerus="yes">
        <source>Team sync: %n conflict(s) to decide</source>
        <translation>
            <numerusform>团队同步：%n 个冲突待裁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Team sync: no conflicts</source>
        <translation>团队同步：没有冲突</translation>
    </message>
    <message>
        <source>Team Sync — %1&apos;s own workspace</source>
        <translation>团队同步 — %1 自己的工作区</translation>
    </message>
    <message>
        <source>You work here offline; what you change reaches your manager when you send it (a bundle file, or the sync folder), and what changes at the hub in your customers, plans and targets comes back the same way. Until the manager has merged them, your changes are provisional, and so is your scorecard.</source>
        <translation>你可以在这里离线工作；你的变更在发送后（同步包文件或同步文件夹）到达经理处，团队工作区中与你的客户、方案和目标有关的变更也以同样方式传回。在经理合并之前，你的变更是暂定的，你的成绩单也是暂定的。</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>上次发送：%1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>上次接收：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed here wait for the manager (provisional)</source>
        <translation>
            <numerusform>此处修改的 %n 条记录等待经理合并（暂定）</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything you changed has reached the manager.</source>
        <translation>你的所有变更都已到达经理处。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) from the hub wait for an earlier one</source>
        <translation>
            <numerusform>来自团队工作区的 %n 个同步包在等待更早的一个</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync folder: send and apply bundle files by hand, or choose a folder.</source>
        <translation>未设置同步文件夹：请手动发送和应用同步包文件，或选择一个文件夹。</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>同步文件夹：%1</translation>
    </message>
    <message>
        <source>This device&apos;s key: %1</source>
        <translation>本设备密钥：%1</translation>
    </message>
    <message>
        <source>Team Sync — the team&apos;s workspace</source>
        <translation>团队同步 — 团队工作区</translation>
    </message>
    <message>
        <source>Reps work offline in workspaces of their own and send their changes here. Each change is merged field by field through the same rules as a form: one whose starting value is still the team&apos;s is taken, one the rep may not make is refused and reported back, and two edits of the same field wait below for your decision.</source>
        <translation>销售代表在各自的工作区离线工作，并把变更发到这里。每项变更按字段、按与表单相同的规则合并：起始值仍与团队一致的被采纳，代表无权做出的被拒收并告知对方，同一字段的两处修改在下方等待你裁定。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n 个冲突待裁定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) wait for an earlier one from the same rep</source>
        <translation>
            <numerusform>%n 个同步包在等待同一代表更早的一个</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync folder: apply bundle files by hand, or choose a folder.</source>
        <translation>未设置同步文件夹：请手动应用同步包文件，或选择一个文件夹。</translation>
    </message>
    <message>
        <source>This workspace&apos;s key: %1</source>
        <translation>本工作区密钥：%1</translation>
    </message>
    <message>
        <source>Team Sync</source>
        <translation>团队同步</translation>
    </message>
    <message>
        <source>This workspace does not take part in team sync yet. To let a rep work offline on their own laptop, invite them from Members &amp; Teams ▸ Invite to Team Sync…; they join with File ▸ Join a Team…. This workspace then becomes the team&apos;s hub.</source>
        <translation>此工作区尚未参与团队同步。要让销售代表在自己的笔记本上离线工作，请在 成员与团队 ▸ 邀请加入团队同步… 中邀请他们；对方用 文件 ▸ 加入团队… 加入。此工作区随即成为团队工作区。</translation>
    </message>
    <message>
        <source>Not taking part in team sync.</source>
        <translation>未参与团队同步。</translation>
    </message>
    <message>
        <source>replaced by a new invitation</source>
        <translation>已被新邀请替换</translation>
    </message>
    <message>
        <source>invited, not joined yet</source>
        <translation>已邀请，尚未加入</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>%1 加入</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The manager&apos;s workspace has refused none of your changes.</source>
        <translation>经理的工作区没有拒收你的任何变更。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>held</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Team bundles applied</source>
        <translation>已应用团队同步包</translation>
    </message>
    <message>
        <source>Applied %1, already here %2, held %3, conflicts %4, refused %5.</source>
        <translation>已应用 %1，已存在 %2，暂存 %3，冲突 %4，拒收 %5。</translation>
    </message>
    <message>
        <source>A bundle was refused</source>
        <translation>有同步包被拒收</translation>
    </message>
    <message>
        <source>Send My Changes</source>
        <translation>发送我的变更</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>Your changes are in %1: give it to your manager.</source>
        <translation>你的变更在 %1 中：请交给你的经理。</translation>
    </message>
    <message>
        <source>Bundles for Reps</source>
        <translation>给销售代表的同步包</translation>
    </message>
    <message>
        <source>Cannot write the bundles</source>
        <translation>无法写出同步包</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written to %1</source>
        <translation>
            <numerusform>已写出 %n 个同步包到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Team sync failed: %1</source>
        <translation>团队同步失败：%1</translation>
    </message>
    <message>
        <source>Synced at %1.</source>
        <translation>已于 %1 同步。</translation>
    </message>
    <message>
        <source>Cannot decide</source>
        <translation>无法裁定</translation>
    </message>
    <message>
        <source>Sync conflict decided</source>
        <translation>同步冲突已裁定</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Apply Bundles…</source>
        <translation>应用同步包…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync Folder…</source>
        <translation>同步文件夹…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Keep the team&apos;s value</source>
        <translation>保留团队的值</translation>
    </message>
    <message>
        <source>Take the rep&apos;s value</source>
        <translation>采用代表的值</translation>
    </message>
    <message>
        <source>Another value…</source>
        <translation>其他值…</translation>
    </message>
    <message>
        <source>Reps&apos; devices</source>
        <translation>销售代表的设备</translation>
    </message>
    <message>
        <source>Refused by the manager&apos;s workspace</source>
        <translation>被经理工作区拒收的变更</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Rep&apos;s value</source>
        <translation>代表的值</translation>
    </message>
    <message>
        <source>Team&apos;s value</source>
        <translation>团队的值</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>上次接收</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>上次发送</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Send My Changes…</source>
        <translation>发送我的变更…</translation>
    </message>
    <message>
        <source>Bundles for Reps…</source>
        <translation>给销售代表的同步包…</translation>
    </message>
</context>
<context>
    <name>attain::TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) copied from %1.</source>
        <translation>
            <numerusform>已从 %1 复制 %n 个目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>批量修改</translation>
    </message>
    <message>
        <source>Select the cells to change first.</source>
        <translation>请先选择要修改的单元格。</translation>
    </message>
    <message>
        <source>A value for every selected cell (12000), or a change by a percent (+10%, -5%):</source>
        <translation>为所选单元格设定一个值（如 12000），或按百分比调整（如 +10%、-5%）：</translation>
    </message>
    <message>
        <source>“%1” is neither a value nor a percent change.</source>
        <translation>“%1”既不是数值，也不是百分比调整。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested target(s) set.</source>
        <translation>
            <numerusform>已设定 %n 个建议目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy from Previous Period</source>
        <translation>从上一周期复制</translation>
    </message>
    <message>
        <source>Bulk Edit…</source>
        <translation>批量修改…</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>建议目标…</translation>
    </message>
    <message>
        <source>Apply to Members Without a Target</source>
        <translation>应用到尚无目标的成员</translation>
    </message>
    <message>
        <source>Suggestions from each member&apos;s last three periods</source>
        <translation>根据每位成员最近三个周期的建议</translation>
    </message>
    <message>
        <source>growth </source>
        <translation>增长 </translation>
    </message>
    <message>
        <source>Member or team</source>
        <translation>成员或团队</translation>
    </message>
    <message>
        <source>Type a target in a cell (Enter to save; empty it to remove). Grey values are derived from the months, or the default satisfaction target 4.5.</source>
        <translation>在单元格中输入目标（回车保存，清空即删除）。灰色数值由各月目标推算，或为默认满意度目标 4.5。</translation>
    </message>
    <message>
        <source>Your targets. Grey values are derived from the months, or the default satisfaction target.</source>
        <translation>您的目标。灰色数值由各月目标推算，或为默认满意度目标。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>Cannot set the target</source>
        <translation>无法设定目标</translation>
    </message>
    <message>
        <source>“%1” is not a %2 target.</source>
        <translation>“%1”不是有效的%2目标。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Team median</source>
        <translation>团队中位数</translation>
    </message>
    <message>
        <source>Set now</source>
        <translation>当前目标</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>无历史数据</translation>
    </message>
    <message>
        <source>no target yet</source>
        <translation>尚无目标</translation>
    </message>
    <message>
        <source>⚠ high against their history</source>
        <translation>⚠ 相对其历史偏高</translation>
    </message>
    <message>
        <source>⚠ low against their history</source>
        <translation>⚠ 相对其历史偏低</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>合理</translation>
    </message>
    <message>
        <source>Change target %1</source>
        <translation>修改目标：%1</translation>
    </message>
    <message>
        <source>Set target %1</source>
        <translation>设定目标：%1</translation>
    </message>
    <message>
        <source>Remove target %1</source>
        <translation>删除目标：%1</translation>
    </message>
    <message>
        <source>Cannot set the targets</source>
        <translation>无法设定这些目标</translation>
    </message>
    <message>
        <source>Copy targets from %1</source>
        <translation>从 %1 复制目标</translation>
    </message>
    <message>
        <source>Bulk edit targets</source>
        <translation>批量修改目标</translation>
    </message>
    <message>
        <source>Apply suggested targets</source>
        <translation>应用建议目标</translation>
    </message>
</context>
<context>
    <name>attain::TeamForm</name>
    <message>
        <source>Edit Team</source>
        <translation>编辑团队</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>attain::TeamScoresPage</name>
    <message>
        <source>Team Scores</source>
        <translation>团队成绩</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · attainment per metric, grey where the plan does not weigh it</source>
        <translation>%1 · %2 · 各指标达成率，灰色为方案不计权重的指标</translation>
    </message>
</context>
<context>
    <name>attain::UserDialog</name>
    <message>
        <source>Who Is Using This Workspace?</source>
        <translation>谁在使用这个工作区？</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>新建成员…</translation>
    </message>
    <message>
        <source>This workspace has no members yet. Add yourself first: usually the manager, who then adds the team.</source>
        <translation>这个工作区还没有成员。请先添加你自己（通常是经理），再由经理添加团队成员。</translation>
    </message>
    <message>
        <source>Choose yourself. A rep sees their own records; a manager sees their team.</source>
        <translation>请选择你自己。销售只看到自己的记录，经理看到整个团队。</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>PIN 或密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>attain::WelcomePage</name>
    <message>
        <source>Welcome to Attain</source>
        <translation>欢迎使用 Attain</translation>
    </message>
    <message>
        <source>Deals, targets, scorecards and incentives for small sales teams — on your own laptop, online or not.</source>
        <translation>面向小型销售团队的商机、目标、绩效与激励——在你自己的电脑上，有网没网都能用。</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Create an empty workspace file for your team</source>
        <translation>为团队创建一个空的工作区文件</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>A sample team with two years of customers, deals and follow-ups</source>
        <translation>一个示例团队，含两年的客户、商机和跟进数据</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
</context>
<context>
    <name>attain::Workspace</name>
    <message>
        <source>No transaction is open</source>
        <translation>没有打开的事务</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <source>it is not a database at all</source>
        <translation>它根本不是数据库</translation>
    </message>
    <message>
        <source>it is a database of another program</source>
        <translation>它是其他程序的数据库</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>它所在的文件夹是只读的</translation>
    </message>
    <message>
        <source>%1 must be upgraded to this version&apos;s format before it can be used, but it is read-only (%2). It was left unchanged; open it where it can be written.</source>
        <translation>%1 需要先升级到本版本的格式才能使用，但它是只读的（%2）。它未被改动；请在可以写入的位置打开它。</translation>
    </message>
    <message>
        <source>%1 was not upgraded, because it could not be backed up first: %2</source>
        <translation>由于无法先备份，%1 没有升级：%2</translation>
    </message>
    <message>
        <source>Upgrading %1 to format %2 failed, so it is as it was: %3</source>
        <translation>把 %1 升级到格式 %2 失败，文件保持原样：%3</translation>
    </message>
    <message>
        <source>Attain could not back up %1 before the day&apos;s first change, so nothing was changed: %2</source>
        <translation>Attain 无法在当天第一次修改之前备份 %1，因此没有做任何改动：%2</translation>
    </message>
    <message>
        <source>it is a backup; restore it, or open a copy of it, to make changes</source>
        <translation>它是一个备份；要修改，请恢复它或打开它的副本</translation>
    </message>
</context>
<context>
    <name>attain::WorkspaceFiles</name>
    <message>
        <source>Generating the demo workspace…</source>
        <translation>正在生成演示工作区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 is open in another window, which was brought to the front.</source>
        <translation>%1 已在另一个窗口中打开，已把那个窗口切换到前面。</translation>
    </message>
    <message>
        <source>%1 is open in another Attain window on this computer (process %2). Switch to that window, or close it there first.</source>
        <translation>%1 已在本机另一个 Attain 窗口中打开（进程 %2）。请切换到那个窗口，或先在那里关闭它。</translation>
    </message>
    <message>
        <source>it is open in Attain on %1</source>
        <translation>它正在 %1 上的 Attain 中打开</translation>
    </message>
    <message>
        <source>no lock file can be made beside it</source>
        <translation>无法在它旁边创建锁文件</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Attain, the sales-performance workbench</source>
        <translation>Attain 销售绩效工作台</translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation>要打开的工作区。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n problem; nothing was imported.</numerusform>
            <numerusform>%n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) match no deal or disagree with it and will not be applied (listed below).</source>
        <translation>
            <numerusform>%n confirmation match no deal or disagree with it and will not be applied (listed below).</numerusform>
            <numerusform>%n confirmations match no deal or disagree with it and will not be applied (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem found: nothing can be imported until the file is corrected.</numerusform>
            <numerusform>%n problems found: nothing can be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file changed since it was checked (%n problem(s)).</source>
        <translation>
            <numerusform>Nothing was imported: the file changed since it was checked (%n problem).</numerusform>
            <numerusform>Nothing was imported: the file changed since it was checked (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) fell in %1, a closed period: its frozen figures stay; the changes are listed as its discrepancies.</source>
        <translation>
            <numerusform>%n change fell in %1, a closed period: its frozen figures stay; the change is listed as its discrepancy.</numerusform>
            <numerusform>%n changes fell in %1, a closed period: its frozen figures stay; the changes are listed as its discrepancies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) fall in %1, a closed period: its frozen figures stay, and the changes will be listed as its discrepancies.</source>
        <translation>
            <numerusform>%n change falls in %1, a closed period: its frozen figures stay, and the change will be listed as its discrepancy.</numerusform>
            <numerusform>%n changes fall in %1, a closed period: its frozen figures stay, and the changes will be listed as its discrepancies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>“%1” has more than %n decimal place(s)</source>
        <translation>
            <numerusform>“%1” has more than %n decimal place</numerusform>
            <numerusform>“%1” has more than %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreFormat</name>
    <message numerus="yes">
        <source>%n more new customer(s)</source>
        <translation>
            <numerusform>%n more new customer</numerusform>
            <numerusform>%n more new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more follow-up(s)</source>
        <translation>
            <numerusform>%n more follow-up</numerusform>
            <numerusform>%n more follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Behind %1 (%n record(s)):</source>
        <translation>
            <numerusform>Behind %1 (%n record):</numerusform>
            <numerusform>Behind %1 (%n records):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message numerus="yes">
        <source>%n member(s) still belong to “%1”; move them first</source>
        <translation>
            <numerusform>%n member still belong to “%1”; move them first</numerusform>
            <numerusform>%n members still belong to “%1”; move them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <source>a bundle for %1: %n record(s) changed, %2 taken away</source>
        <translation>
            <numerusform>a bundle for %1: %n record changed, %2 taken away</numerusform>
            <numerusform>a bundle for %1: %n records changed, %2 taken away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a bundle for the hub: %n change(s)</source>
        <translation>
            <numerusform>a bundle for the hub: %n change</numerusform>
            <numerusform>a bundle for the hub: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::ActivitiesPage</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::ConflictsPage</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A customer stays with its owner for %n day(s) after their last follow-up. A deal another member enters in that time waits here: keep the credit with the owner (the deal is re-credited to them), or move the customer to the member who closed it.</source>
        <translation>
            <numerusform>A customer stays with its owner for %n day after their last follow-up. A deal another member enters in that time waits here: keep the credit with the owner (the deal is re-credited to them), or move the customer to the member who closed it.</numerusform>
            <numerusform>A customer stays with its owner for %n days after their last follow-up. A deal another member enters in that time waits here: keep the credit with the owner (the deal is re-credited to them), or move the customer to the member who closed it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::DashboardPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My team&apos;s figures (%n member(s))</source>
        <translation>
            <numerusform>My team&apos;s figures (%n member)</numerusform>
            <numerusform>My team&apos;s figures (%n members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::DealsPage</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::FinanceExportDialog</name>
    <message numerus="yes">
        <source>%n row(s), credited total %1</source>
        <translation>
            <numerusform>%n row, credited total %1</numerusform>
            <numerusform>%n rows, credited total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s), credited total %1, to %2.
The manifest is %3.</source>
        <translation>
            <numerusform>Wrote %n row, credited total %1, to %2.
The manifest is %3.</numerusform>
            <numerusform>Wrote %n rows, credited total %1, to %2.
The manifest is %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts: %n member(s), total %1, in %2.</source>
        <translation>
            <numerusform>Payouts: %n member, total %1, in %2.</numerusform>
            <numerusform>Payouts: %n members, total %1, in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::MembersPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n member</numerusform>
            <numerusform>%1 · %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s) · lead %2</source>
        <translation>
            <numerusform>%1 · %n member · lead %2</numerusform>
            <numerusform>%1 · %n members · lead %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::OverviewPage</name>
    <message numerus="yes">
        <source>in %n team(s)</source>
        <translation>
            <numerusform>in %n team</numerusform>
            <numerusform>in %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n open deal(s)</source>
        <translation>
            <numerusform>in %n open deal</numerusform>
            <numerusform>in %n open deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::RatingsPage</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::RecordView</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::ScorecardPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisional: %n record(s) you changed here have not been merged by your manager yet (Team Sync). The team&apos;s figures may differ until they are.</source>
        <translation>
            <numerusform>Provisional: %n record you changed here has not been merged by your manager yet (Team Sync). The team&apos;s figures may differ until it is.</numerusform>
            <numerusform>Provisional: %n records you changed here have not been merged by your manager yet (Team Sync). The team&apos;s figures may differ until they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::StatementsPage</name>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n award</numerusform>
            <numerusform>%n awards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n statement(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n statement to %1.</numerusform>
            <numerusform>Wrote %n statements to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::SyncPage</name>
    <message numerus="yes">
        <source>Team sync: %n record(s) wait for the manager</source>
        <translation>
            <numerusform>Team sync: %n record waits for the manager</numerusform>
            <numerusform>Team sync: %n records wait for the manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team sync: %n conflict(s) to decide</source>
        <translation>
            <numerusform>Team sync: %n conflict to decide</numerusform>
            <numerusform>Team sync: %n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed here wait for the manager (provisional)</source>
        <translation>
            <numerusform>%n record changed here waits for the manager (provisional)</numerusform>
            <numerusform>%n records changed here wait for the manager (provisional)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) from the hub wait for an earlier one</source>
        <translation>
            <numerusform>%n bundle from the hub waits for an earlier one</numerusform>
            <numerusform>%n bundles from the hub wait for an earlier one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) wait for an earlier one from the same rep</source>
        <translation>
            <numerusform>%n bundle waits for an earlier one from the same rep</numerusform>
            <numerusform>%n bundles wait for an earlier one from the same rep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written to %1</source>
        <translation>
            <numerusform>%n bundle written to %1</numerusform>
            <numerusform>%n bundles written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attain::TargetsPage</name>
    <message numerus="yes">
        <source>%n target(s) copied from %1.</source>
        <translation>
            <numerusform>%n target copied from %1.</numerusform>
            <numerusform>%n targets copied from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested target(s) set.</source>
        <translation>
            <numerusform>%n suggested target set.</numerusform>
            <numerusform>%n suggested targets set.</numerusform>
        </translation>
    </message>
</context>
</TS>

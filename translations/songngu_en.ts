<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>songngu::DocumentChecks</name>
    <message numerus="yes">
        <source>The file is not valid UTF-8 in %n place(s), shown as �: compare them with the original.</source>
        <translation>
            <numerusform>The file is not valid UTF-8 in %n place, shown as �: compare it with the original.</numerusform>
            <numerusform>The file is not valid UTF-8 in %n places, shown as �: compare them with the original.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid UTF-8 in %n place(s), shown as �, the first on line %1: compare them with the original.</source>
        <translation>
            <numerusform>The file is not valid UTF-8 in %n place, shown as �, on line %1: compare it with the original.</numerusform>
            <numerusform>The file is not valid UTF-8 in %n places, shown as �, the first on line %1: compare them with the original.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::DocumentListModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::DocumentListPanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide Skipped Files (%n)</source>
        <translation>
            <numerusform>Hide Skipped File (%n)</numerusform>
            <numerusform>Hide Skipped Files (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show Skipped Files (%n)</source>
        <translation>
            <numerusform>Show Skipped File (%n)</numerusform>
            <numerusform>Show Skipped Files (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::EntitiesController</name>
    <message numerus="yes">
        <source>Added or updated %n glossary entries from %1.</source>
        <translation>
            <numerusform>Added or updated %n glossary entry from %1.</numerusform>
            <numerusform>Added or updated %n glossary entries from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::EntitiesPanel</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::EntityModel</name>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::FindingsController</name>
    <message numerus="yes">
        <source>Saved %n ignored finding(s) to %1.</source>
        <translation>
            <numerusform>Saved %n ignored finding to %1.</numerusform>
            <numerusform>Saved %n ignored findings to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n ignored finding(s).</source>
        <translation>
            <numerusform>Added %n ignored finding.</numerusform>
            <numerusform>Added %n ignored findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::FindingsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ignored</source>
        <translation>
            <numerusform>%n ignored</numerusform>
            <numerusform>%n ignored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::GlossaryManager</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::MainWindow</name>
    <message numerus="yes">
        <source>%n document(s) open</source>
        <translation>
            <numerusform>%n document open</numerusform>
            <numerusform>%n documents open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only local files and folders can be opened (%n ignored).</source>
        <translation>
            <numerusform>Only local files and folders can be opened (%n ignored).</numerusform>
            <numerusform>Only local files and folders can be opened (%n ignored).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::MetadataPanel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation pair(s)</source>
        <translation>
            <numerusform>%n translation pair</numerusform>
            <numerusform>%n translation pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s), shown as �</source>
        <translation>
            <numerusform>%n invalid byte sequence, shown as �</numerusform>
            <numerusform>%n invalid byte sequences, shown as �</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::ReportWriter</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::TextDecoder</name>
    <message numerus="yes">
        <source>cannot decode: the text is UTF-8 with too many invalid bytes (%n invalid sequence(s))</source>
        <translation>
            <numerusform>cannot decode: the text is UTF-8 with too many invalid bytes (%n invalid sequence)</numerusform>
            <numerusform>cannot decode: the text is UTF-8 with too many invalid bytes (%n invalid sequences)</numerusform>
        </translation>
    </message>
</context>
</TS>

// SPDX-License-Identifier: GPL-3.0-or-later
// The rule the layout stands on: engine subsystems in layers, widgets above the engine, and no
// include cycle between classes. Checked on the #include lines of the sources, like LLVM's
// library-layering rule; tst_layering runs it on the tree and on made-up trees that break it.
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace songngu::testing {

// A source file's path from the project's top folder ("app/align/SegmentAligner.cpp") → its text.
using SourceTree = QMap<QString, QString>;

class IncludeLayering
{
public:
    // Each engine folder's layer: a folder includes only folders of lower layers and itself.
    // align and checks are siblings (both build on entities, neither on the other).
    static int engineLayer(const QString& folder)
    {
        static const QHash<QString, int> layers{
            {QStringLiteral("support"), 0},  {QStringLiteral("text"), 1},
            {QStringLiteral("glossary"), 2}, {QStringLiteral("recognize"), 3},
            {QStringLiteral("document"), 4}, {QStringLiteral("entities"), 5},
            {QStringLiteral("align"), 6},    {QStringLiteral("checks"), 6},
            {QStringLiteral("io"), 7},       {QStringLiteral("report"), 8},
            {QStringLiteral("cli"), 9},
        };
        return layers.value(folder, -1);
    }

    // The widgets' folders likewise; every one may include the engine except cli/.
    static int widgetLayer(const QString& folder)
    {
        static const QHash<QString, int> layers{
            {QStringLiteral("common"), 0},    {QStringLiteral("view"), 1},
            {QStringLiteral("documents"), 2}, {QStringLiteral("entities"), 2},
            {QStringLiteral("search"), 2},    {QStringLiteral("findings"), 3},
            {QStringLiteral("alignment"), 3}, {QStringLiteral("shell"), 4},
        };
        return layers.value(folder, -1);
    }

    // app/ and ui/ of the tree at `root`.
    static SourceTree read(const QString& root)
    {
        SourceTree tree;
        const QDir top(root);
        for (const QString& part : {QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(top.filePath(part), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (file.open(QIODevice::ReadOnly))
                    tree.insert(top.relativeFilePath(path), QString::fromUtf8(file.readAll()));
            }
        }
        return tree;
    }

    // Every broken rule as "file:line: #include "…": why", sorted; empty when the tree is layered.
    static QStringList violations(const SourceTree& tree)
    {
        QStringList found;
        QHash<QString, QList<Edge>> edges; // class → the classes it includes
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            for (const Include& include : includes(it.value())) {
                const QString target = resolve(include.header, tree);
                const QString where = QStringLiteral("%1:%2: #include \"%3\": ")
                                          .arg(it.key())
                                          .arg(include.line)
                                          .arg(include.header);
                if (target.isEmpty()) {
                    found << where + QStringLiteral("no such file in app/ or ui/");
                    continue;
                }
                if (const QString why = layeringError(it.key(), target); !why.isEmpty())
                    found << where + why;
                const QString from = unit(it.key());
                const QString to = unit(target);
                if (from != to)
                    edges[from].append({to, where});
            }
        }
        found << cycles(edges);
        found.sort();
        return found;
    }

private:
    struct Include
    {
        QString header;
        int line = 0;
    };
    struct Edge
    {
        QString to;
        QString where;
    };

    static QList<Include> includes(const QString& text)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""));
        QList<Include> found;
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i)
            if (const auto match = pattern.match(lines.at(i)); match.hasMatch())
                found.append({match.captured(1), i + 1});
        return found;
    }

    // Widget headers are written "ui/<feature>/X.h", engine headers "<subsystem>/X.h".
    static QString resolve(const QString& header, const SourceTree& tree)
    {
        if (header.startsWith(u"ui/"))
            return tree.contains(header) ? header : QString();
        const QString engine = QStringLiteral("app/") + header;
        return tree.contains(engine) ? engine : QString();
    }

    // "app/align/X.h" → {"app", "align"}; app/main.cpp → {"app", ""}.
    static std::pair<QString, QString> place(const QString& path)
    {
        const QStringList parts = path.split(u'/');
        return {parts.front(), parts.size() > 2 ? parts.at(1) : QString()};
    }

    static QString layeringError(const QString& from, const QString& to)
    {
        const auto [fromPart, fromFolder] = place(from);
        const auto [toPart, toFolder] = place(to);
        if (fromPart == u"app" && fromFolder.isEmpty())
            return {}; // app/main.cpp starts the command line or the window: it sees both
        if (fromPart == u"app") {
            if (toPart == u"ui")
                return QStringLiteral("the engine never includes the widgets");
            return folderError(fromFolder, toFolder, engineLayer(fromFolder), engineLayer(toFolder),
                               QStringLiteral("engine"));
        }
        if (toPart == u"app")
            return toFolder == u"cli" ? QStringLiteral("the widgets never include the command line")
                                      : QString();
        return folderError(fromFolder, toFolder, widgetLayer(fromFolder), widgetLayer(toFolder),
                           QStringLiteral("widget"));
    }

    static QString folderError(const QString& from, const QString& to, int fromLayer, int toLayer,
                               const QString& part)
    {
        if (fromLayer < 0 || toLayer < 0)
            return QStringLiteral("%1 folder %2 has no layer: add it to IncludeLayering")
                .arg(part, fromLayer < 0 ? from : to);
        if (from == to || toLayer < fromLayer)
            return {};
        return toLayer == fromLayer
                   ? QStringLiteral("%1 and %2 are sibling layers and stay apart").arg(from, to)
                   : QStringLiteral("%1 may not include %2, a higher layer").arg(from, to);
    }

    // A class is its header and the source of the same name ("app/checks/RowChecker"); a second
    // source such as RowCheckerNames.cpp is a node of its own, which only includes.
    static QString unit(const QString& path) { return path.left(path.lastIndexOf(u'.')); }

    // One message per cycle found by a depth-first search, naming each include on it.
    static QStringList cycles(const QHash<QString, QList<Edge>>& edges)
    {
        QStringList found;
        QHash<QString, int> state; // 0 unvisited, 1 on the path, 2 done
        QList<Edge> path;
        std::function<void(const QString&)> visit = [&](const QString& node) {
            state[node] = 1;
            for (const Edge& edge : edges.value(node)) {
                path.append(edge);
                if (state.value(edge.to) == 1) {
                    QStringList steps;
                    QSet<QString> units;
                    qsizetype start = path.size() - 1;
                    while (start > 0 && unitOfEdgeSource(path.at(start)) != edge.to)
                        --start;
                    for (qsizetype i = start; i < path.size(); ++i) {
                        steps << path.at(i).where.chopped(2);
                        units.insert(unitOfEdgeSource(path.at(i)));
                    }
                    if (!isKnownCoupling(units))
                        found << QStringLiteral("include cycle: ") +
                                     steps.join(QStringLiteral(" → "));
                } else if (state.value(edge.to) == 0) {
                    visit(edge.to);
                }
                path.removeLast();
            }
            state[node] = 2;
        };
        QStringList nodes = edges.keys();
        nodes.sort();
        for (const QString& node : nodes)
            if (state.value(node) == 0)
                visit(node);
        return found;
    }

    // Classes that are one thing split in two, each using the other, named here with why.
    static bool isKnownCoupling(const QSet<QString>& units)
    {
        static const QList<QSet<QString>> known{
            // A pane is a part of the paired view (as KDiff3's text windows are of their frame):
            // the view owns both panes and their shared layout cache, the panes paint from it.
            {QStringLiteral("ui/view/AlignedPane"), QStringLiteral("ui/view/PairedView")},
        };
        for (const QSet<QString>& coupling : known)
            if (coupling.contains(units))
                return true;
        return false;
    }

    static QString unitOfEdgeSource(const Edge& edge)
    {
        return unit(edge.where.section(u':', 0, 0));
    }
};

} // namespace songngu::testing

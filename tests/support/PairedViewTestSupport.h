// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the paired view suites: document builders, a shown view on a fresh model, and pixel
// probes for checking what the panes really painted.
#pragma once

#include "ui/view/AlignedPane.h"
#include "ui/view/AlignmentModel.h"
#include "ui/view/PairedView.h"
#include "ui/view/RowLayoutCache.h"

#include <QApplication>
#include <QImage>
#include <QTest>
#include <QWheelEvent>

#include <memory>
#include <optional>

namespace songngu::testing {

struct RowSpec
{
    RowKind kind = RowKind::Pair;
    QString english; // empty: no English paragraph in this row
    QString vietnamese;
};

inline DocumentPtr makeDocument(const QList<RowSpec>& specs)
{
    auto document = std::make_shared<Document>();
    for (const RowSpec& spec : specs) {
        AlignedRow row;
        row.kind = spec.kind;
        if (!spec.english.isEmpty()) {
            row.english = int(document->paragraphs.size());
            document->paragraphs.append({spec.english, Language::English, 1, {}});
        }
        if (!spec.vietnamese.isEmpty()) {
            row.vietnamese = int(document->paragraphs.size());
            document->paragraphs.append({spec.vietnamese, Language::Vietnamese, 1, {}});
        }
        document->rows.append(row);
    }
    return document;
}

// Deterministic filler text: `count` words starting at word `seed`.
inline QString words(Language language, int count, int seed)
{
    static const QStringList english =
        QStringLiteral(
            "the delegation visited Hanoi on Tuesday to discuss trade investment and cooperation "
            "between both countries in energy education and culture while officials agreed")
            .split(QLatin1Char(' '));
    static const QStringList vietnamese =
        QStringLiteral(
            "đoàn đại biểu đã thăm Hà Nội vào thứ Ba để thảo luận thương mại đầu tư và hợp tác "
            "giữa hai nước trong năng lượng giáo dục văn hóa trong khi các quan chức nhất trí")
            .split(QLatin1Char(' '));
    const QStringList& pool = language == Language::English ? english : vietnamese;
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(pool.at((seed + i * 7) % pool.size()));
    return out.join(QLatin1Char(' ')) + QLatin1Char('.');
}

// Rows of different lengths: 3..51 words, short rows first so the top rows are small.
inline QList<RowSpec> variedRows(int count)
{
    QList<RowSpec> specs;
    for (int i = 0; i < count; ++i) {
        const int length = 3 + (i % 5) * 12;
        specs.append({RowKind::Pair, words(Language::English, length, i),
                      words(Language::Vietnamese, length + (i % 3) * 4, i)});
    }
    specs[0].kind = RowKind::Headline;
    return specs;
}

// Pixel probes. "Ink" is any pixel that is not `background`.
inline bool isInk(const QImage& image, int x, int y, QRgb background)
{
    return image.pixel(x, y) != background;
}

// The first (or with `last`, the last) pixel row of `area` holding ink.
inline std::optional<int> inkRow(const QImage& image, const QRect& area, QRgb background,
                                 bool last = false)
{
    const QRect clipped = area.intersected(image.rect());
    for (int i = 0; i < clipped.height(); ++i) {
        const int y = last ? clipped.bottom() - i : clipped.top() + i;
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            if (isInk(image, x, y, background))
                return y;
        }
    }
    return std::nullopt;
}

// The rightmost pixel column of `area` holding ink.
inline std::optional<int> inkRightEdge(const QImage& image, const QRect& area, QRgb background)
{
    const QRect clipped = area.intersected(image.rect());
    for (int x = clipped.right(); x >= clipped.left(); --x) {
        for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
            if (isInk(image, x, y, background))
                return x;
        }
    }
    return std::nullopt;
}

inline int inkCount(const QImage& image, const QRect& area, QRgb background)
{
    const QRect clipped = area.intersected(image.rect());
    int count = 0;
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            count += isInk(image, x, y, background) ? 1 : 0;
    }
    return count;
}

inline QRgb baseColour(const QWidget* widget)
{
    return widget->palette().color(QPalette::Base).rgb();
}

// What `widget` paints, rendered afresh.
inline QImage rendered(QWidget* widget)
{
    return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Owns the model and view a test works on; the suites derive from it.
class PairedViewFixture
{
protected:
    std::unique_ptr<AlignmentModel> model;
    std::unique_ptr<PairedView> view;

    AlignedPane* english() const { return view->pane(Language::English); }
    AlignedPane* vietnamese() const { return view->pane(Language::Vietnamese); }
    int lineStep() const { return QFontMetrics(view->font()).lineSpacing(); }

    void resetFixture()
    {
        view.reset(); // before the model it watches
        model.reset();
    }

    // A shown view of 900x600 on a fresh model holding `specs`.
    void showDocument(const QList<RowSpec>& specs)
    {
        model = std::make_unique<AlignmentModel>();
        model->setDocument(makeDocument(specs));
        view = std::make_unique<PairedView>();
        view->resize(900, 600);
        view->setModel(model.get());
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }

    void sendWheel(QWidget* target, QPoint angle, QPoint pixels = {},
                   Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QPointF pos(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent event(pos, target->mapToGlobal(pos), pixels, angle, Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
    }

    // The document laid out independently of the view, with the view's font (at 100%) and the
    // panes' current widths: what each side's paragraph needs, to check the view's bands by.
    std::unique_ptr<RowLayoutCache> referenceLayouts() const
    {
        auto cache = std::make_unique<RowLayoutCache>();
        cache->setFont(view->font());
        cache->setModel(model.get());
        for (const AlignedPane* pane : {english(), vietnamese()})
            cache->setPaneWidth(pane->column(), pane->width());
        return cache;
    }
};

} // namespace songngu::testing

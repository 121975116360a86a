// The invoices one batch carries from the generator's thread to the writer: values as cells into one text buffer.
#pragma once

#include <QtGlobal>
#include <string>
#include <vector>

namespace Demo {
// One value of a row: NULL, a whole number, or text in the batch's buffer.
struct Cell {
    qint64 number = 0;
    qint32 offset = 0;
    qint32 length = Null;
    static constexpr qint32 Null = -1;
    static constexpr qint32 Number = -2;
};

// Invoices made by the generator's thread and written by the caller's.
struct Batch {
    struct Event {
        qint32 row;
        Cell at;
        Cell state;
        Cell raw;
    };
    std::string text;
    std::vector<Cell> cells; // Generator::ValueCount per invoice
    std::vector<Event> events;
    qint32 rows = 0;

    void clear()
    {
        text.clear();
        cells.clear();
        events.clear();
        rows = 0;
    }
    Cell number(qint64 value) const
    {
        Cell cell;
        cell.number = value;
        cell.length = Cell::Number;
        return cell;
    }
    Cell put(const std::string &value)
    {
        const Cell cell = open();
        text += value;
        return close(cell);
    }
    Cell put(const char *value)
    {
        const Cell cell = open();
        text += value;
        return close(cell);
    }
    // A text made by appending to `text` between open() and close().
    Cell open() const
    {
        Cell cell;
        cell.offset = qint32(text.size());
        return cell;
    }
    Cell close(Cell cell) const
    {
        cell.length = qint32(text.size()) - cell.offset;
        return cell;
    }
    std::string string(const Cell &cell) const { return text.substr(size_t(cell.offset), size_t(cell.length)); }
};
} // namespace Demo

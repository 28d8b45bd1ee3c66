// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// placeholder until written
#include <QTest>
class Placeholder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notWritten() { QFAIL("not written yet"); }
};
QTEST_GUILESS_MAIN(Placeholder)
#include "test_gui_visitors.moc"

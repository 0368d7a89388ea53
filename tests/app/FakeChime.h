#pragma once

#include "app/controllers/Chime.h"

#include <vector>

namespace twofold::test {

// Remembers which chimes would have played.
class FakeChime final : public app::Chime {
public:
    void play(app::ChimeKind kind) override { played.push_back(kind); }
    int count(app::ChimeKind kind) const { return int(std::count(played.begin(), played.end(), kind)); }
    std::vector<app::ChimeKind> played;
};

} // namespace twofold::test

#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

namespace twofold::coach {

// The categories the shipped rule files use (DESIGN §3). Rule files may add more.
namespace category {
inline constexpr QLatin1String youAccusation{"you-accusation"};
inline constexpr QLatin1String absolute{"absolute"};
inline constexpr QLatin1String mindReading{"mind-reading"};
inline constexpr QLatin1String demand{"demand"};
inline constexpr QLatin1String contempt{"contempt"};
inline constexpr QLatin1String pseudoFeeling{"pseudo-feeling"};
inline constexpr QLatin1String thoughtAsFeeling{"thought-as-feeling"};  // "I feel like you …": a thought as a feeling
inline constexpr QLatin1String feelingUnderneath{"feeling-underneath"}; // the softer hint on "unheard" (Severity::Hint)
} // namespace category

// How a finding is meant: blame the UI underlines, or a softer optional hint it shows differently
// (DESIGN §3: "unheard" is not blame; at most a hint offers a feeling underneath).
enum class Severity { Blame, Hint };

// One flagged span of the checked text. start/length are UTF-16 code units (QTextCursor positions).
struct Finding {
    int start = 0;
    int length = 0;
    QString category;
    QString suggestion;       // short, kind, in the language of the rule file
    QStringList alternatives; // real feelings to offer instead of a pseudo-feeling; else empty
    Severity severity = Severity::Blame;

    bool operator==(const Finding&) const = default;
};

} // namespace twofold::coach

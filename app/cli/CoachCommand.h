#pragma once

#include <QStringList>
#include <cstdio>

namespace twofold::cli {

// `twofold-cli coach [--language L] [--rules FILE]`: the coach (DESIGN §3) for scripts and measuring. Reads drafts from
// stdin, one per line (UTF-8), and prints one JSON object per line on stdout:
//   {"findings":[{"category":"you-accusation","severity":"blame","start":10,"length":10,"text":"you always",
//                 "suggestion":"…","alternatives":[]}]}
// `start` and `length` count Unicode code points (not bytes, not UTF-16 units). `severity` is "blame" or "hint"
// (a softer, optional hint). Without --language the system language is used; a language without a rule file
// falls back to English; --rules tries a rule file from disk instead. Nothing is logged about the text.
//
// Kept apart from the session commands of CliOptions/CliRunner: main() asks isCoachCommand() first.

// True when the command word (the first argument that is not a global option or its value) is "coach".
bool isCoachCommand(const QStringList& arguments);

// Runs the command; returns the exit status (0 ok, 2 usage error or rules that cannot be loaded).
int runCoachCommand(const QStringList& arguments, std::FILE* in = stdin, std::FILE* out = stdout,
                    std::FILE* err = stderr);

// The help text of the command.
QString coachUsage();

} // namespace twofold::cli

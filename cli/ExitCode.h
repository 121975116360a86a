#pragma once

// The exit status of merchant-console-cli, one code per kind of outcome, so a
// script can tell "fix your input" from "ask again later". Documented in --help
// and in README.md; never renumber.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;     // anything else: the history or key store cannot be used...
inline constexpr int Usage = 2;       // invalid input or usage; nothing was sent
inline constexpr int Refused = 3;     // the gateway refused (its words are printed)
inline constexpr int Unconfirmed = 4; // the answer was lost: the gateway may have the invoice
inline constexpr int NoKeys = 5;      // no gateway keys are set (and --training was not asked)
inline constexpr int Unreachable = 6; // the gateway could not be reached; nothing was sent or learnt
inline constexpr int Conflict = 7;    // the gateway holds another sale under the order number: a manager must look
} // namespace ExitCode

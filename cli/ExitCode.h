#pragma once

// The exit status of merchant-console-cli, one code per kind of outcome, so a
// script can tell "fix your input" from "ask again later". Documented in --help
// and in README.md; never renumber.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;     // anything else: the history, key store, a printer or a file cannot be used...
inline constexpr int Usage = 2;       // invalid input or usage; nothing was sent
inline constexpr int Refused = 3;     // the gateway refused (its words are printed)
inline constexpr int Unconfirmed = 4; // the answer was lost: the gateway may have the invoice
inline constexpr int NoKeys = 5;      // no gateway keys are set (and --training was not asked)
inline constexpr int Unreachable = 6; // the gateway could not be reached; nothing was sent or learnt
inline constexpr int Conflict = 7;    // the gateway holds another sale under the order number: a manager must look
inline constexpr int NotFound = 8;    // no such invoice (receipt) or Z report (report z): check the number
inline constexpr int NoShift = 9;     // no shift is open (shift close, report x)
inline constexpr int ShiftOpen = 10;  // a shift is already open (shift open): close it first
} // namespace ExitCode

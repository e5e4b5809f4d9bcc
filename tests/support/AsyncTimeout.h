// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace songngu::testing {

// How long a test waits for background work (QTRY_*_WITH_TIMEOUT). The work takes milliseconds
// in a release build, but several times longer under AddressSanitizer on a busy 2-core machine;
// the bound only ends a wait that has failed, so it is generous.
constexpr int asyncTimeout = 120'000;

} // namespace songngu::testing

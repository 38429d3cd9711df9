// SPDX-License-Identifier: GPL-3.0-or-later
// The implementation is inline in StoreGeneratorImpl.h so that tests share it.
#include "StoreGenerator.h"

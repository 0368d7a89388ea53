#pragma once

// A deliberate layering violation: the layering check must report this file (tests/layering).
#include "core/net/Node.h"

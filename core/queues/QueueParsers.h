#pragma once

// The queue listings Warren reads, by source: the management API (ApiQueueParsers.h, on the
// streaming JsonStreamReader) and rabbitmqctl's tab-separated output (RabbitmqctlQueueParsers.h).
#include "ApiQueueParsers.h"
#include "RabbitmqctlQueueParsers.h"

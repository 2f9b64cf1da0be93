#pragma once

class QThreadPool;

namespace warren {

// The threads for the windows' jobs that wait on hosts (SSH, HTTP): the HAProxy window's fetch,
// push and drill, a wizard's preflight and run. Never the global pool: with Qt 6.4 the raster
// painter splits large fills over QThreadPool::globalInstance() and the GUI thread waits for
// them, so two SSH reads holding the global pool's two threads (one per core here) froze the
// painting of every window until they ended (measured: 8-22 s with a wizard's preflight).
// Threads are cheap next to a network wait; the bound only stops a runaway.
QThreadPool* networkJobPool();

} // namespace warren

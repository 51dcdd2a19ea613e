package dgraphtest

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
)

// shared is the one cluster per test binary that Shared hands out.
var shared struct {
	once    sync.Once
	mu      sync.Mutex // guards c for StopShared
	c       *Cluster
	err     error
	tempDir string
}

// Shared returns one cluster per test binary, started on first use. Call
// StopShared from TestMain after m.Run, or the cluster runs until the test
// binary exits (on Linux the kernel then kills it; its temp dir stays).
//
// If GEOKG_SKIP_CLUSTER=1 is set, Shared skips the test with a message.
// Otherwise a cluster that fails to start fails the test, and every later
// test that asks, with the same error: a missing Dgraph must be loud, not a
// row of silently skipped tests.
func Shared(tb testing.TB) *Cluster {
	tb.Helper()
	if os.Getenv(EnvSkip) == "1" {
		tb.Skipf("%s=1: skipping test that needs a Dgraph cluster", EnvSkip)
	}
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "geokg-dgraphtest-")
		if err != nil {
			shared.err = fmt.Errorf("dgraphtest: temp dir: %w", err)
			return
		}
		shared.tempDir = dir
		c, err := Start(context.Background(), dir)
		shared.mu.Lock()
		shared.c, shared.err = c, err
		shared.mu.Unlock()
		if err != nil {
			// Keep the dir if the processes wrote logs there: they are the
			// evidence, and the error names them. Remove only fails on a
			// non-empty dir, which is exactly that case.
			_ = os.Remove(dir)
		}
	})
	if shared.err != nil {
		tb.Fatalf("start shared Dgraph cluster (set %s=1 to skip such tests): %v", EnvSkip, shared.err)
	}
	return shared.c
}

// StopShared stops the cluster Shared started, if any, and removes its
// directory. It reports failures on stderr because TestMain has no test to
// fail; the cluster is gone either way.
func StopShared() {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.c == nil {
		return
	}
	if err := shared.c.Stop(); err != nil {
		fmt.Fprintf(os.Stderr, "dgraphtest: stop shared cluster (logs kept in %s): %v\n", shared.tempDir, err)
		return
	}
	if err := os.RemoveAll(shared.tempDir); err != nil {
		fmt.Fprintf(os.Stderr, "dgraphtest: remove %s: %v\n", shared.tempDir, err)
	}
}

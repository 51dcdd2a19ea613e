package dgraphtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// binary caches the resolved path for the life of the test binary: asking
// the go command costs a few seconds even when nothing needs building.
var binary struct {
	mu   sync.Mutex
	path string
}

// Binary returns the path of the dgraph binary Start runs: $GEOKG_DGRAPH_BIN
// if set, otherwise the one `go tool -n dgraph` names in the module root,
// which builds it first if Go's build cache does not hold it (one to two
// minutes). Test binaries of several packages may ask at once; a lock file
// under the user cache dir makes one of them build while the others wait,
// rather than all of them compiling Dgraph in parallel.
func Binary(ctx context.Context) (string, error) {
	if p := os.Getenv(EnvBinary); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("dgraphtest: %s: %w", EnvBinary, err)
		}
		return p, nil
	}

	binary.mu.Lock()
	defer binary.mu.Unlock()
	if binary.path != "" {
		return binary.path, nil
	}

	root, err := moduleRoot()
	if err != nil {
		return "", fmt.Errorf("dgraphtest: find dgraph: %w", err)
	}
	if unlock, err := lockBuild(); err == nil {
		defer unlock()
	}
	// Otherwise build unlocked: the build cache is safe for concurrent use,
	// so a missing lock costs time, not correctness.

	cmd := exec.CommandContext(ctx, "go", "tool", "-n", "dgraph")
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("dgraphtest: go tool -n dgraph in %s: %w\n%s", root, err, stderr.Bytes())
	}
	// The path is the last line; module downloads may be reported before it.
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	path := strings.TrimSpace(lines[len(lines)-1])
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("dgraphtest: go tool -n dgraph printed %q: %w", stdout.String(), err)
	}
	binary.path = path
	return path, nil
}

// moduleRoot walks up from the working directory (a package directory
// under `go test`) to the directory holding go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("look for go.mod: %w", err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod in the working directory or above it")
		}
		dir = parent
	}
}

// buildLockPath is the lock file that serialises dgraph builds across
// processes.
func buildLockPath() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("user cache dir: %w", err)
	}
	dir := filepath.Join(cache, "geokg")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create %s: %w", dir, err)
	}
	return filepath.Join(dir, "dgraph-build.lock"), nil
}

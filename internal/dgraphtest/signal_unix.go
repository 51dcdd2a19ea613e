//go:build unix

package dgraphtest

import (
	"fmt"
	"os"
	"syscall"
)

// Signals Stop sends.
const (
	sigTerm = syscall.SIGTERM
	sigKill = syscall.SIGKILL
)

// signalGroup sends sig to the process group p leads (see sysProcAttr).
func signalGroup(p *os.Process, sig syscall.Signal) error {
	if err := syscall.Kill(-p.Pid, sig); err != nil {
		return fmt.Errorf("signal process group %d: %w", p.Pid, err)
	}
	return nil
}

// lockBuild takes an exclusive lock on the build lock file, blocking until
// any other test binary building dgraph is done, and returns its release.
func lockBuild() (unlock func(), err error) {
	path, err := buildLockPath()
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open build lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	// Closing the file releases the lock, also when the process dies.
	return func() { f.Close() }, nil
}

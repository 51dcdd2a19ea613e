//go:build !unix

package dgraphtest

import (
	"errors"
	"os"
	"syscall"
)

// Without process groups there is only the process itself to stop, and
// no graceful signal: both "signals" kill it.
const (
	sigTerm = syscall.Signal(0)
	sigKill = syscall.Signal(1)
)

func sysProcAttr() *syscall.SysProcAttr { return nil }

func signalGroup(p *os.Process, _ syscall.Signal) error { return p.Kill() }

func lockBuild() (func(), error) { return nil, errors.New("build lock: unsupported platform") }

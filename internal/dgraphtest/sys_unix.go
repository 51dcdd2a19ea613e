//go:build unix && !linux

package dgraphtest

import "syscall"

// sysProcAttr puts the child in its own process group. Only Linux has a
// parent-death signal; elsewhere a test binary that dies without calling
// Stop leaves the cluster running.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}

package dgraphtest

import "syscall"

// sysProcAttr puts the child in its own process group and has the kernel
// SIGKILL it when the thread that started it exits. Go only ends a thread
// when a goroutine locked to it returns, which the callers here never do,
// so in practice this fires when the test binary dies.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

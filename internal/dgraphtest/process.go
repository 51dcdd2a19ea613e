package dgraphtest

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"
)

// process is one running dgraph command with its output going to a log file.
type process struct {
	name    string
	cmd     *exec.Cmd
	logPath string
	log     *os.File

	// done is closed once Wait has returned; waitErr is its result.
	done    chan struct{}
	waitErr error
	// stopping is set before Stop signals the process, so that its exit is
	// not mistaken for a crash.
	stopping atomic.Bool
}

// startProcess runs bin with args in dir, in its own process group, with
// stdout and stderr appended to dir/<name>.log.
func startProcess(name, bin, dir string, args []string) (*process, error) {
	logPath := filepath.Join(dir, name+".log")
	log, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open log: %w", err)
	}
	fmt.Fprintf(log, "### %s %s %s\n", time.Now().Format(time.RFC3339), bin, strings.Join(args, " "))

	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Stdout = log
	cmd.Stderr = log
	// A process group lets Stop signal dgraph and anything it forks; the
	// parent-death signal (Linux) kills it if the test binary dies without
	// calling Stop, for example on a test timeout panic.
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("run %s: %w", bin, err)
	}
	p := &process{name: name, cmd: cmd, logPath: logPath, log: log, done: make(chan struct{})}
	go func() {
		p.waitErr = cmd.Wait()
		log.Close()
		close(p.done)
	}()
	return p, nil
}

// exited reports whether the process has ended.
func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// stop sends SIGTERM to the process group, then SIGKILL if it has not
// exited within grace, and waits for it. An exit caused by our signals is
// not an error; an exit before stop was called is.
func (p *process) stop(grace time.Duration) error {
	if p.exited() {
		// Died on its own; take the group down anyway in case it left
		// children behind, and report the crash.
		_ = signalGroup(p.cmd.Process, sigKill)
		if p.stopping.Load() {
			return nil
		}
		return fmt.Errorf("exited before Stop: %v", p.waitErr)
	}
	p.stopping.Store(true)
	if err := signalGroup(p.cmd.Process, sigTerm); err != nil && !p.exited() {
		return fmt.Errorf("SIGTERM: %w", err)
	}
	select {
	case <-p.done:
		// The leader is gone; kill any stragglers in its group.
		_ = signalGroup(p.cmd.Process, sigKill)
		return nil
	case <-time.After(grace):
	}
	if err := signalGroup(p.cmd.Process, sigKill); err != nil && !p.exited() {
		return fmt.Errorf("SIGKILL after %v: %w", grace, err)
	}
	select {
	case <-p.done:
		return nil
	case <-time.After(grace):
		return errors.New("still running after SIGKILL")
	}
}

// logContains reports whether the first MiB of the log contains s. A
// failed start logs its reason before a long stack trace, so the tail alone
// may miss it.
func (p *process) logContains(s string) bool {
	f, err := os.Open(p.logPath)
	if err != nil {
		return false
	}
	defer f.Close()
	b, _ := io.ReadAll(io.LimitReader(f, 1<<20))
	return strings.Contains(string(b), s)
}

// tail returns the last lines of the process's log.
func (p *process) tail() string {
	const maxBytes, maxLines = 8 << 10, 30
	f, err := os.Open(p.logPath)
	if err != nil {
		return fmt.Sprintf("(cannot read %s: %v)", p.logPath, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > maxBytes {
		if _, err := f.Seek(-maxBytes, io.SeekEnd); err != nil {
			return fmt.Sprintf("(cannot read %s: %v)", p.logPath, err)
		}
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return fmt.Sprintf("(cannot read %s: %v)", p.logPath, err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > maxLines {
		lines = lines[len(lines)-maxLines:]
	}
	return strings.Join(lines, "\n")
}

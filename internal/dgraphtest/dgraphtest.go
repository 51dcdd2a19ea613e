// Package dgraphtest starts a real Dgraph cluster (one zero, one alpha) on
// free loopback ports for tests.
//
// The dgraph binary comes from this module's own graph (the `tool
// github.com/dgraph-io/dgraph/v25/dgraph` line in go.mod), so tests run
// against exactly the Dgraph version the code is built with, and nothing has
// to be installed besides Go. The first build takes a minute or two; Go's
// build cache keeps the result, and .ci/run builds it before the tests so no
// test pays for it under its timeout.
//
// Most tests want one cluster per test binary:
//
//	func TestMain(m *testing.M) {
//		code := m.Run()
//		dgraphtest.StopShared()
//		os.Exit(code)
//	}
//
//	func TestSomething(t *testing.T) {
//		c := dgraphtest.Shared(t)
//		dg := c.Client(t)
//		...
//	}
//
// Tests that share a cluster share its data: drop what you write, or use
// predicates and xids no other test uses.
//
// Environment:
//   - GEOKG_SKIP_CLUSTER=1 makes Shared skip the test (with a message)
//     instead of starting Dgraph.
//   - GEOKG_DGRAPH_BIN=/path/to/dgraph uses that binary instead of building
//     one with `go tool -n dgraph`.
package dgraphtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v250"
)

// Environment variables read by this package.
const (
	// EnvSkip, set to "1", makes Shared skip tests instead of starting Dgraph.
	EnvSkip = "GEOKG_SKIP_CLUSTER"
	// EnvBinary names a dgraph binary to use instead of building one.
	EnvBinary = "GEOKG_DGRAPH_BIN"
)

// Default Dgraph ports; each process adds its --port_offset to all of them,
// so choosing an offset chooses every port the process listens on.
var (
	zeroBasePorts  = []int{5080, 6080}       // gRPC (internal), HTTP
	alphaBasePorts = []int{7080, 8080, 9080} // internal, HTTP, gRPC (clients)
)

const (
	// readyTimeout bounds how long Start waits for alpha to serve requests.
	// A fresh cluster on loopback is ready in about 5 s; the rest is room for
	// a loaded 2-core CI machine running several test binaries at once.
	readyTimeout = 90 * time.Second
	// stopGrace is how long Stop lets a process shut down after SIGTERM
	// before it is killed; alpha normally needs about one second.
	stopGrace = 10 * time.Second
	// startAttempts covers the small window in which another process can
	// take a port between our probe and dgraph binding it.
	startAttempts = 3
)

// errPortInUse marks a start that failed only because a port was taken, so
// that Start can try again on other ports.
var errPortInUse = errors.New("port already in use")

// Cluster is a running zero + alpha.
type Cluster struct {
	// URI is the alpha's gRPC endpoint for dgo.Open: dgraph://127.0.0.1:PORT.
	URI string
	// GRPC is the same endpoint as host:port, for clients that dial gRPC.
	GRPC string
	// HTTP is the alpha's HTTP endpoint: http://127.0.0.1:PORT (/health,
	// /query, /mutate, /graphql, /admin).
	HTTP string
	// Dir holds the data directories and the logs (zero.log, alpha.log).
	Dir string

	zero, alpha *process
	// ports are every port the two processes listen on, so that tests can
	// check that Stop released them.
	ports []int

	stopOnce sync.Once
	stopErr  error
}

// Start builds (or reuses) the dgraph binary and starts zero and alpha in
// dir, returning once alpha answers health checks and accepts a schema
// alter; Stop ends both.
//
// dir should be empty (t.TempDir() is a good choice): Dgraph's state there
// records the addresses of the cluster's members, which change every run.
// The processes listen on 127.0.0.1 only. ctx bounds the build and the
// start; the processes themselves outlive it until Stop.
func Start(ctx context.Context, dir string) (*Cluster, error) {
	bin, err := Binary(ctx)
	if err != nil {
		return nil, err
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("dgraphtest: data dir: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("dgraphtest: data dir: %w", err)
	}
	// Retrying clears the failed attempt's state, which is only safe when
	// the state was all the attempt's own.
	fresh := true
	for _, sub := range []string{"zw", "p"} {
		if _, err := os.Stat(filepath.Join(dir, sub)); err == nil {
			fresh = false
		}
	}
	for attempt := 1; ; attempt++ {
		c, err := start(ctx, bin, dir)
		if err == nil {
			return c, nil
		}
		if !errors.Is(err, errPortInUse) || !fresh || attempt == startAttempts {
			return nil, err
		}
		// Another process took one of our ports after we probed it. The
		// failed attempt wrote state naming those ports; clear it so that
		// the next attempt starts from an empty cluster again.
		for _, sub := range []string{"zw", "p", "w", "t"} {
			if err := os.RemoveAll(filepath.Join(dir, sub)); err != nil {
				return nil, fmt.Errorf("dgraphtest: clear failed attempt: %w", err)
			}
		}
	}
}

// start makes one attempt at bringing up the cluster on fresh ports.
func start(ctx context.Context, bin, dir string) (_ *Cluster, err error) {
	zeroOff, alphaOff, err := pickOffsets()
	if err != nil {
		return nil, fmt.Errorf("dgraphtest: choose ports: %w", err)
	}
	zeroGRPC := zeroBasePorts[0] + zeroOff
	alphaInternal := alphaBasePorts[0] + alphaOff
	alphaHTTP := alphaBasePorts[1] + alphaOff
	alphaGRPC := alphaBasePorts[2] + alphaOff

	c := &Cluster{
		URI:  fmt.Sprintf("dgraph://127.0.0.1:%d", alphaGRPC),
		GRPC: fmt.Sprintf("127.0.0.1:%d", alphaGRPC),
		HTTP: fmt.Sprintf("http://127.0.0.1:%d", alphaHTTP),
		Dir:  dir,
	}
	for _, b := range zeroBasePorts {
		c.ports = append(c.ports, b+zeroOff)
	}
	for _, b := range alphaBasePorts {
		c.ports = append(c.ports, b+alphaOff)
	}

	// Flags common to both: loopback only (dgraph binds "localhost" when
	// bindall is off), logs to stderr so they land in our log files rather
	// than in /tmp, and no telemetry: tests must not talk to the network.
	common := []string{"--bindall=false", "--logtostderr", "--telemetry", "reports=false; sentry=false;"}

	zeroArgs := append([]string{"zero",
		"--my", fmt.Sprintf("127.0.0.1:%d", zeroGRPC),
		"--port_offset", strconv.Itoa(zeroOff),
		"--wal", filepath.Join(dir, "zw"),
	}, common...)
	c.zero, err = startProcess("zero", bin, dir, zeroArgs)
	if err != nil {
		return nil, fmt.Errorf("dgraphtest: start zero: %w", err)
	}
	defer func() {
		if err != nil {
			// Never leave a half-started cluster behind.
			_ = c.Stop()
		}
	}()

	alphaArgs := append([]string{"alpha",
		"--my", fmt.Sprintf("127.0.0.1:%d", alphaInternal),
		"--zero", fmt.Sprintf("127.0.0.1:%d", zeroGRPC),
		"--port_offset", strconv.Itoa(alphaOff),
		"--postings", filepath.Join(dir, "p"),
		"--wal", filepath.Join(dir, "w"),
		"--tmp", filepath.Join(dir, "t"),
		"--export", filepath.Join(dir, "export"),
		// Admin operations (Alter with DropAll, /admin) are allowed from
		// loopback only, which is the only place clients can come from.
		"--security", "whitelist=127.0.0.1/8",
		// The default cache is 4 GiB; tests hold a few thousand nodes and
		// CI machines have little memory to spare.
		"--cache", "size-mb=128",
	}, common...)
	c.alpha, err = startProcess("alpha", bin, dir, alphaArgs)
	if err != nil {
		return nil, fmt.Errorf("dgraphtest: start alpha: %w", err)
	}

	if err := c.waitReady(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// waitReady returns once alpha reports healthy over HTTP and accepts a
// schema alter over gRPC. /health turns healthy before alpha has joined its
// group, and the first Alter then fails with "Please retry"; the alter is
// what tests do first, so it is what readiness means here.
func (c *Cluster) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()

	if err := c.poll(ctx, "alpha /health", c.healthy); err != nil {
		return err
	}
	dg, err := dgo.Open(c.URI)
	if err != nil {
		return fmt.Errorf("dgraphtest: open %s: %w", c.URI, err)
	}
	defer dg.Close()
	// Alter, then drop the predicate again, so that tests see an empty schema.
	const probe = "dgraphtest.ready"
	return c.poll(ctx, "schema alter", func(ctx context.Context) error {
		if err := dg.SetSchema(ctx, probe+": bool ."); err != nil {
			return fmt.Errorf("alter: %w", err)
		}
		if err := dg.DropPredicate(ctx, probe); err != nil {
			return fmt.Errorf("drop predicate: %w", err)
		}
		return nil
	})
}

// poll calls check until it succeeds, ctx ends or a process exits. Every
// failure explains itself with the latest check error and the logs' tails.
func (c *Cluster) poll(ctx context.Context, what string, check func(context.Context) error) error {
	var last error
	for {
		for _, p := range []*process{c.zero, c.alpha} {
			if p.exited() {
				err := fmt.Errorf("dgraphtest: %s exited while waiting for %s: %v", p.name, what, p.waitErr)
				if p.logContains("address already in use") {
					err = fmt.Errorf("%w (%w)", err, errPortInUse)
				}
				return fmt.Errorf("%w\n%s", err, c.logTails())
			}
		}
		attemptCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		last = check(attemptCtx)
		cancel()
		if last == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("dgraphtest: waiting for %s: %w (last error: %v)\n%s", what, ctx.Err(), last, c.logTails())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// healthy reports whether alpha's /health says "healthy". The body is a
// JSON list with one entry per instance; older versions sent one object.
func (c *Cluster) healthy(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.HTTP+"/health", nil)
	if err != nil {
		return fmt.Errorf("health request: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return fmt.Errorf("health: read body: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health: %s: %s", resp.Status, bytes.TrimSpace(body))
	}
	type health struct {
		Status string `json:"status"`
	}
	var list []health
	if err := json.Unmarshal(body, &list); err != nil {
		var one health
		if err := json.Unmarshal(body, &one); err != nil {
			return fmt.Errorf("health: decode %q: %w", body, err)
		}
		list = []health{one}
	}
	for _, h := range list {
		if h.Status != "healthy" {
			return fmt.Errorf("health: %s", bytes.TrimSpace(body))
		}
	}
	if len(list) == 0 {
		return fmt.Errorf("health: no instances in %q", body)
	}
	return nil
}

// Stop ends alpha, then zero: SIGTERM to each process group, SIGKILL after
// a grace period. It is safe to call more than once. It reports a process
// that had already died before Stop, since that means a crash the tests
// may have seen only as odd errors. It leaves Dir in place.
func (c *Cluster) Stop() error {
	c.stopOnce.Do(func() {
		var errs []error
		// Alpha first: stopped the other way round, alpha spends its
		// shutdown retrying a zero that is gone.
		for _, p := range []*process{c.alpha, c.zero} {
			if p == nil {
				continue
			}
			if err := p.stop(stopGrace); err != nil {
				errs = append(errs, fmt.Errorf("dgraphtest: stop %s: %w\n%s", p.name, err, p.tail()))
			}
		}
		c.stopErr = errors.Join(errs...)
	})
	return c.stopErr
}

// Client opens a dgo client on the cluster and closes it when tb's test
// ends.
func (c *Cluster) Client(tb testing.TB) *dgo.Dgraph {
	tb.Helper()
	dg, err := dgo.Open(c.URI)
	if err != nil {
		tb.Fatalf("dgraphtest: open %s: %v", c.URI, err)
	}
	tb.Cleanup(dg.Close)
	return dg
}

// logTails returns the end of both logs, for error messages.
func (c *Cluster) logTails() string {
	var b strings.Builder
	for _, p := range []*process{c.zero, c.alpha} {
		if p != nil {
			fmt.Fprintf(&b, "--- %s (%s), last lines:\n%s\n", p.name, p.logPath, p.tail())
		}
	}
	return b.String()
}

// pickOffsets chooses the ports of one start attempt; tests replace it to
// force a port clash.
var pickOffsets = freeOffsets

// freeOffsets finds port offsets for zero and alpha whose derived ports are
// all free on 127.0.0.1 and distinct from each other. The kernel hands out
// a free ephemeral port P; the offset that maps a base port onto P is a
// good candidate, and every derived port is then probed by listening on it.
func freeOffsets() (zeroOff, alphaOff int, err error) {
	var taken []int
	pick := func(bases []int) (int, error) {
		for range 50 {
			p, err := kernelPort()
			if err != nil {
				return 0, err
			}
			off := p - bases[0]
			if off <= 0 || bases[len(bases)-1]+off > 65535 {
				continue
			}
			ports := make([]int, len(bases))
			for i, b := range bases {
				ports[i] = b + off
			}
			if overlaps(ports, taken) || !allFree(ports) {
				continue
			}
			taken = append(taken, ports...)
			return off, nil
		}
		return 0, errors.New("no port offset with all ports free after 50 tries")
	}
	if zeroOff, err = pick(zeroBasePorts); err != nil {
		return 0, 0, fmt.Errorf("zero: %w", err)
	}
	if alphaOff, err = pick(alphaBasePorts); err != nil {
		return 0, 0, fmt.Errorf("alpha: %w", err)
	}
	return zeroOff, alphaOff, nil
}

// kernelPort returns a loopback TCP port that was free a moment ago.
func kernelPort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("listen: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// allFree reports whether every port can be listened on at 127.0.0.1,
// holding all of them at once so that the answer is about the whole set.
func allFree(ports []int) bool {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for _, p := range ports {
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			return false
		}
		ls = append(ls, l)
	}
	return true
}

func overlaps(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

package dgraphtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"
)

func TestMain(m *testing.M) {
	code := m.Run()
	StopShared()
	os.Exit(code)
}

// TestStartWriteReadStop is the whole life of a cluster: start, an N-Quad
// written and read back through dgo, and a Stop that leaves no process and
// no listening port behind.
func TestStartWriteReadStop(t *testing.T) {
	if os.Getenv(EnvSkip) == "1" {
		t.Skipf("%s=1", EnvSkip)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	begin := time.Now()
	bin, err := Binary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dgraph binary %s found in %v", bin, time.Since(begin).Round(time.Millisecond))

	begin = time.Now()
	c, err := Start(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("cluster ready in %v: %s, %s", time.Since(begin).Round(time.Millisecond), c.URI, c.HTTP)
	stopped := false
	defer func() {
		if !stopped {
			_ = c.Stop()
		}
	}()

	dg := c.Client(t)
	if err := dg.SetSchema(ctx, `dgraphtest.name: string @index(exact) .`); err != nil {
		t.Fatalf("alter: %v", err)
	}
	_, err = dg.NewTxn().Mutate(ctx, &api.Mutation{
		SetNquads: []byte(`_:n <dgraphtest.name> "Sergei Lavrov" .`),
		CommitNow: true,
	})
	if err != nil {
		t.Fatalf("mutate: %v", err)
	}
	resp, err := dg.NewReadOnlyTxn().QueryWithVars(ctx,
		`query q($name: string) { q(func: eq(dgraphtest.name, $name)) { dgraphtest.name } }`,
		map[string]string{"$name": "Sergei Lavrov"})
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	var got struct {
		Q []struct {
			Name string `json:"dgraphtest.name"`
		} `json:"q"`
	}
	if err := json.Unmarshal(resp.Json, &got); err != nil {
		t.Fatalf("decode %s: %v", resp.Json, err)
	}
	if len(got.Q) != 1 || got.Q[0].Name != "Sergei Lavrov" {
		t.Fatalf("read back %s, want one node named Sergei Lavrov", resp.Json)
	}

	pids := []int{c.zero.cmd.Process.Pid, c.alpha.cmd.Process.Pid}
	begin = time.Now()
	stopped = true
	if err := c.Stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	t.Logf("stopped in %v", time.Since(begin).Round(time.Millisecond))
	if err := c.Stop(); err != nil {
		t.Errorf("second stop: %v", err)
	}
	for _, pid := range pids {
		if err := processAlive(pid); err == nil {
			t.Errorf("process %d still exists after Stop", pid)
		}
	}
	for _, port := range c.ports {
		addr := fmt.Sprintf("127.0.0.1:%d", port)
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			conn.Close()
			t.Errorf("%s still accepts connections after Stop", addr)
		}
	}
}

// TestStartRetriesTakenPort takes alpha's HTTP port before the first start
// attempt can bind it, as another process might between our probe and
// dgraph's bind, and expects Start to come up on other ports.
func TestStartRetriesTakenPort(t *testing.T) {
	if os.Getenv(EnvSkip) == "1" {
		t.Skipf("%s=1", EnvSkip)
	}
	if testing.Short() {
		t.Skip("starts a second cluster")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	taken := l.Addr().(*net.TCPAddr).Port

	calls := 0
	pickOffsets = func() (int, int, error) {
		calls++
		zo, ao, err := freeOffsets()
		if calls == 1 {
			ao = taken - alphaBasePorts[1]
		}
		return zo, ao, err
	}
	defer func() { pickOffsets = freeOffsets }()

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := Start(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Stop(); err != nil {
			t.Error(err)
		}
	})
	if calls != 2 {
		t.Errorf("Start made %d attempts, want 2", calls)
	}
	if err := c.healthy(ctx); err != nil {
		t.Error(err)
	}
}

// TestShared checks that Shared hands out one running cluster per binary.
func TestShared(t *testing.T) {
	a := Shared(t)
	b := Shared(t)
	if a != b {
		t.Fatalf("Shared returned two clusters: %s and %s", a.URI, b.URI)
	}
	if err := a.healthy(context.Background()); err != nil {
		t.Fatalf("shared cluster: %v", err)
	}
}

// TestFreeOffsets checks that the chosen ports are distinct and free.
func TestFreeOffsets(t *testing.T) {
	zo, ao, err := freeOffsets()
	if err != nil {
		t.Fatal(err)
	}
	var ports []int
	for _, b := range zeroBasePorts {
		ports = append(ports, b+zo)
	}
	for _, b := range alphaBasePorts {
		ports = append(ports, b+ao)
	}
	seen := map[int]bool{}
	for _, p := range ports {
		if seen[p] || p < 1024 || p > 65535 {
			t.Fatalf("bad port set %v", ports)
		}
		seen[p] = true
	}
	if !allFree(ports) {
		t.Fatalf("ports %v not free", ports)
	}
}

// processAlive returns nil if a process with pid exists (signal 0 probes
// without sending anything).
func processAlive(pid int) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return err
	}
	if err := p.Signal(syscall.Signal(0)); err != nil {
		return errors.Join(errors.New("not running"), err)
	}
	return nil
}

package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"
	"github.com/matthewmcneely/modusgraph"

	"github.com/geokg/geokg/schema"
)

// Errors that callers branch on. Store methods wrap them with context; test
// with errors.Is.
var (
	// ErrNotFound: the node asked for by ID or name does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: an Extraction failed Validate; nothing of it was written.
	ErrInvalid = errors.New("invalid extraction")
	// ErrLocked: another process holds the embedded data directory.
	ErrLocked = errors.New("data directory is in use by another process")
	// ErrUnreachable: the Dgraph cluster did not answer within the open timeout.
	ErrUnreachable = errors.New("dgraph cluster unreachable")
)

// OpenTimeout bounds how long Open waits for a cluster to answer, so that a
// wrong address fails fast with ErrUnreachable instead of hanging.
const OpenTimeout = 10 * time.Second

// Store is geokg's graph in Dgraph. It is safe for concurrent use.
type Store struct {
	dg     *dgo.Dgraph
	uri    string
	close  func()
	closed bool

	// embedded is true for the in-process engine, whose writes writeMu
	// serialises; see write for why.
	embedded bool
	writeMu  sync.Mutex

	// reads counts DQL read requests, for the API's one-request-per-operation
	// promise and for metrics.
	reads atomic.Int64
}

// Reads returns how many DQL read requests Query has sent since Open.
func (s *Store) Reads() int64 { return s.reads.Load() }

// Open opens the store at uri and applies the schema (a no-op when it is
// already in place):
//
//   - file://DIR, or a plain directory path, runs Dgraph's engine in this
//     process on DIR, creating it if missing. One process at a time may hold a
//     directory (ErrLocked otherwise), and one embedded store per process.
//   - dgraph://HOST:PORT[?sslmode=…&namespace=…], with user:password@ for
//     ACL, connects to a cluster as dgo.Open does (ErrUnreachable when it does
//     not answer within OpenTimeout).
func Open(ctx context.Context, uri string) (*Store, error) {
	var (
		s   *Store
		err error
	)
	if strings.HasPrefix(uri, "dgraph://") {
		s, err = openCluster(ctx, uri)
	} else {
		s, err = openEmbedded(strings.TrimPrefix(uri, "file://"))
	}
	if err != nil {
		return nil, err
	}
	actx, cancel := context.WithTimeout(ctx, OpenTimeout)
	defer cancel()
	if err := s.dg.Alter(actx, &api.Operation{Schema: schema.Dgraph}); err != nil {
		s.Close()
		if actx.Err() != nil || strings.Contains(err.Error(), "Unavailable") {
			return nil, fmt.Errorf("open %s: %w: %v", redact(uri), ErrUnreachable, err)
		}
		return nil, fmt.Errorf("open %s: apply schema: %w", redact(uri), err)
	}
	return s, nil
}

// openCluster connects with dgo.Open, which pings the cluster without a
// deadline: gRPC may spend 20 s on one connection attempt to an address that
// drops packets, so the wait is bounded here.
func openCluster(ctx context.Context, uri string) (*Store, error) {
	type opened struct {
		dg  *dgo.Dgraph
		err error
	}
	done := make(chan opened, 1)
	go func() {
		dg, err := dgo.Open(uri)
		done <- opened{dg, err}
	}()
	ctx, cancel := context.WithTimeout(ctx, OpenTimeout)
	defer cancel()
	select {
	case o := <-done:
		switch {
		case o.err != nil && strings.Contains(o.err.Error(), "failed to ping"):
			return nil, fmt.Errorf("open %s: %w: %v", redact(uri), ErrUnreachable, o.err)
		case o.err != nil:
			return nil, fmt.Errorf("open %s: %w", redact(uri), o.err)
		}
		return &Store{dg: o.dg, uri: uri, close: o.dg.Close}, nil
	case <-ctx.Done():
		go func() { // close the client if the dial succeeds after all
			if o := <-done; o.err == nil {
				o.dg.Close()
			}
		}()
		return nil, fmt.Errorf("open %s: %w: no answer within %v", redact(uri), ErrUnreachable, OpenTimeout)
	}
}

// openEmbedded takes an exclusive lock on dir before starting the engine:
// Badger's own lock would make a second process exit from deep inside Dgraph
// instead of returning an error it can report.
func openEmbedded(dir string) (*Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	lock, err := os.OpenFile(filepath.Join(abs, "geokg.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lock.Close()
		return nil, fmt.Errorf("open %s: %w (load through the server that holds it: geokg load --server http://HOST:PORT)", dir, ErrLocked)
	}
	engine, err := modusgraph.NewEngine(modusgraph.NewDefaultConfig(abs).WithCacheSizeMB(256))
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("open %s: start embedded engine: %w", dir, err)
	}
	client := &embeddedClient{engine: engine, ns: engine.GetDefaultNamespace()}
	//lint:ignore SA1019 dgo's only constructor from an api.DgraphClient; the replacement dials gRPC.
	dg := dgo.NewDgraphClient(client)
	return &Store{dg: dg, uri: "file://" + abs, embedded: true, close: func() {
		engine.Close()
		lock.Close()
	}}, nil
}

// Close releases the store: it stops the embedded engine, or closes the
// connection to the cluster. Closing twice is harmless.
func (s *Store) Close() error {
	if !s.closed {
		s.closed = true
		s.close()
	}
	return nil
}

// URI returns where the store lives, without any password.
func (s *Store) URI() string { return redact(s.uri) }

// Ping checks that the store answers a trivial query.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.dg.NewReadOnlyTxn().Query(ctx, `{ q(func: uid(0x1)) { uid } }`)
	if err != nil {
		return fmt.Errorf("ping %s: %w", s.URI(), err)
	}
	return nil
}

// redact hides the password of a dgraph:// URI in messages.
func redact(uri string) string {
	if at := strings.Index(uri, "@"); at > 0 {
		if colon := strings.Index(uri[:at], ":"); colon > 0 && strings.HasPrefix(uri, "dgraph://") {
			if c := strings.LastIndex(uri[:at], ":"); c > len("dgraph://") {
				return uri[:c] + ":***" + uri[at:]
			}
		}
	}
	return uri
}

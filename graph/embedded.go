package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/dgo/v250/protos/api"
	"github.com/matthewmcneely/modusgraph"
	"google.golang.org/grpc"
)

// embeddedClient is an api.DgraphClient that runs requests in the
// in-process engine instead of sending them over gRPC, so that the rest of
// Store holds one *dgo.Dgraph whichever way it was opened.
//
// The engine applies and commits each mutation request as it arrives: a
// transaction is exactly one request. Store.Write therefore sends all of an
// article's mutations in a single request, which is atomic on both paths.
type embeddedClient struct {
	engine *modusgraph.Engine
	ns     *modusgraph.Namespace
}

var errEmbeddedUnsupported = errors.New("not supported by the embedded Dgraph engine")

func (c *embeddedClient) Login(context.Context, *api.LoginRequest, ...grpc.CallOption) (*api.Response, error) {
	return &api.Response{}, nil // no ACL in-process: there is nobody else to keep out
}

func (c *embeddedClient) Query(ctx context.Context, in *api.Request, _ ...grpc.CallOption) (*api.Response, error) {
	switch {
	case len(in.Mutations) > 0 && in.Query != "":
		return nil, fmt.Errorf("upsert block: %w", errEmbeddedUnsupported)
	case len(in.Mutations) > 0:
		assigned, err := c.ns.Mutate(ctx, in.Mutations)
		if err != nil {
			return nil, err
		}
		uids := make(map[string]string, len(assigned))
		for blank, uid := range assigned {
			uids[strings.TrimPrefix(blank, "_:")] = fmt.Sprintf("%#x", uid)
		}
		return &api.Response{Uids: uids, Txn: &api.TxnContext{StartTs: in.StartTs}}, nil
	default:
		resp, err := c.ns.QueryWithVars(ctx, in.Query, in.Vars)
		if resp != nil {
			resp.Txn = &api.TxnContext{StartTs: in.StartTs} // keep dgo's txn bookkeeping consistent
		}
		return resp, err
	}
}

func (c *embeddedClient) Alter(ctx context.Context, in *api.Operation, _ ...grpc.CallOption) (*api.Payload, error) {
	switch {
	case in.DropAll:
		return &api.Payload{}, c.engine.DropAll(ctx)
	case in.DropOp == api.Operation_DATA:
		return &api.Payload{}, c.ns.DropData(ctx)
	case in.Schema != "":
		return &api.Payload{}, c.ns.AlterSchema(ctx, in.Schema)
	}
	return nil, fmt.Errorf("alter %v: %w", in, errEmbeddedUnsupported)
}

// CommitOrAbort has nothing to do: every request was committed on arrival.
func (c *embeddedClient) CommitOrAbort(_ context.Context, in *api.TxnContext, _ ...grpc.CallOption) (*api.TxnContext, error) {
	return in, nil
}

func (c *embeddedClient) CheckVersion(context.Context, *api.Check, ...grpc.CallOption) (*api.Version, error) {
	return &api.Version{Tag: "embedded"}, nil
}

func (c *embeddedClient) RunDQL(ctx context.Context, in *api.RunDQLRequest, _ ...grpc.CallOption) (*api.Response, error) {
	return c.ns.QueryWithVars(ctx, in.DqlQuery, in.Vars)
}

func (c *embeddedClient) AllocateIDs(context.Context, *api.AllocateIDsRequest, ...grpc.CallOption) (*api.AllocateIDsResponse, error) {
	return nil, errEmbeddedUnsupported
}

func (c *embeddedClient) UpdateExtSnapshotStreamingState(context.Context, *api.UpdateExtSnapshotStreamingStateRequest, ...grpc.CallOption) (*api.UpdateExtSnapshotStreamingStateResponse, error) {
	return nil, errEmbeddedUnsupported
}

func (c *embeddedClient) StreamExtSnapshot(context.Context, ...grpc.CallOption) (api.Dgraph_StreamExtSnapshotClient, error) {
	return nil, errEmbeddedUnsupported
}

func (c *embeddedClient) CreateNamespace(context.Context, *api.CreateNamespaceRequest, ...grpc.CallOption) (*api.CreateNamespaceResponse, error) {
	return nil, errEmbeddedUnsupported
}

func (c *embeddedClient) DropNamespace(context.Context, *api.DropNamespaceRequest, ...grpc.CallOption) (*api.DropNamespaceResponse, error) {
	return nil, errEmbeddedUnsupported
}

func (c *embeddedClient) ListNamespaces(context.Context, *api.ListNamespacesRequest, ...grpc.CallOption) (*api.ListNamespacesResponse, error) {
	return nil, errEmbeddedUnsupported
}

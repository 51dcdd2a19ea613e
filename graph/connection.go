package graph

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// PageInfo says whether a connection has more items after this page.
type PageInfo struct {
	// HasNextPage is true when items follow the last one returned.
	HasNextPage bool
	// EndCursor is the cursor of the last item returned, "" on an empty page.
	EndCursor string
}

// EventEdge is one event in a page of events, with its cursor.
type EventEdge struct {
	// Cursor, passed as after, starts the next page after this item.
	Cursor string
	// Node is the event.
	Node *Event
}

// EventConnection is a page of events and the size of the whole list.
type EventConnection struct {
	// Edges are the events of this page, in order.
	Edges []*EventEdge
	// PageInfo says whether more pages follow.
	PageInfo PageInfo
	// TotalCount is the number of events the filter matches, over all pages.
	TotalCount int
}

// EntityEdge is one entity in a page of entities, with its cursor.
type EntityEdge struct {
	// Cursor, passed as after, starts the next page after this item.
	Cursor string
	// Node is the entity.
	Node *Entity
}

// EntityConnection is a page of entities and the size of the whole list.
type EntityConnection struct {
	// Edges are the entities of this page, in order.
	Edges []*EntityEdge
	// PageInfo says whether more pages follow.
	PageInfo PageInfo
	// TotalCount is the number of entities the filter matches, over all pages.
	TotalCount int
}

// ErrBadCursor is returned (wrapped) for an after cursor that no page gave out.
var ErrBadCursor = errors.New("bad cursor")

// Cursors are opaque to clients; inside they are the offset of the item in
// its ordered list. An offset is enough because lists are ordered by stored
// values and ties broken by xid, so the same query gives the same order.
const cursorPrefix = "off:"

func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// decodeCursor returns the offset just after the item that cursor names, or
// 0 for the empty cursor.
func decodeCursor(cursor string) (int, error) {
	if cursor == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil || !strings.HasPrefix(string(raw), cursorPrefix) {
		return 0, fmt.Errorf("%w %q", ErrBadCursor, cursor)
	}
	n, err := strconv.Atoi(strings.TrimPrefix(string(raw), cursorPrefix))
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%w %q", ErrBadCursor, cursor)
	}
	return n + 1, nil
}

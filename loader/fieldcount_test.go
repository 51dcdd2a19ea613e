package loader

import (
	"strings"
	"testing"
)

// fieldCount agrees with strings.Fields up to its limit and stops just past it.
func TestFieldCount(t *testing.T) {
	tests := []struct {
		line  string
		limit int
	}{
		{"", 5},
		{"   ", 5},
		{"one", 5},
		{"  two\twords  ", 5},
		{"a b c d e f g h", 5},
		{"non\u00a0breaking\u2003spaces and\nlines", 10},
		{"Prime Minister visits Berlin", 4},
	}
	for _, tt := range tests {
		want := min(len(strings.Fields(tt.line)), tt.limit+1)
		if got := fieldCount(tt.line, tt.limit); got != want {
			t.Errorf("fieldCount(%q, %d) = %d, want %d", tt.line, tt.limit, got, want)
		}
	}
}

package loader

import "testing"

// TestCharacterReferences checks that the tokenizer reads HTML character
// references as the marks they stand for, and leaves an ampersand that
// starts none.
func TestCharacterReferences(t *testing.T) {
	tests := []struct {
		body string
		want string // token texts joined by spaces
	}{
		{"Iran&mdash;Khatami said", "Iran — Khatami said"},
		{"voted 14&ndash;0", "voted 14 – 0"},
		{"Mr.&nbsp;Bush", "Mr . Bush"},
		{"&ldquo;No&rdquo;", "“ No ”"},
		{"AT&T and Procter & Gamble", "AT T and Procter Gamble"},
		{"an &unknown; mark", "an unknown ; mark"},
	}
	for _, tt := range tests {
		var got string
		for i, k := range tokenize(tt.body, 0, len(tt.body)) {
			if i > 0 {
				got += " "
			}
			got += k.text
		}
		if got != tt.want {
			t.Errorf("%q: tokens %q, want %q", tt.body, got, tt.want)
		}
	}
}

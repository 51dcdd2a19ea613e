package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// EntityID returns the stable ID of a non-country entity: its kind in lower
// case, a slash and a slug of name ("person/sergey-lavrov"). Countries use
// their ISO 3166 alpha-2 code instead, which the gazetteer knows.
func EntityID(kind EntityKind, name string) string {
	prefix := map[EntityKind]string{Person: "person", Organization: "org", Location: "place", Country: "country"}[kind]
	return prefix + "/" + Slug(name)
}

// Slug folds name to lower-case ASCII words joined by hyphens: "Kim Jong-un"
// becomes "kim-jong-un", "Luiz Inácio Lula" becomes "luiz-inacio-lula".
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r): // accents, split off by NFD
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
		default:
			hyphen = true
		}
	}
	return b.String()
}

// EventID returns the stable ID of the event of type t between actors and
// targets (entity IDs, in any order) on date: the same inputs from any
// article give the same ID, so reports of one event meet on one node.
//
// An event no source dates is told apart by when it was reported instead:
// reported is the scope ReportedScope gives its article, and counts only
// when date is "". Without it, every undated "Israel —ASSAULT→ Lebanon"
// in four years of news would be one event; with it, undated reports meet
// only within a month of publication, where they most likely tell of the
// same thing.
func EventID(t EventType, actors, targets []string, date, reported string) string {
	a, g := slices.Sorted(slices.Values(actors)), slices.Sorted(slices.Values(targets))
	key := string(t) + "|" + strings.Join(a, ",") + "|" + strings.Join(g, ",") + "|" + date
	if date == "" {
		key += "|reported " + reported
	}
	return "event/" + shortHash(key)
}

// ReportedScope is the scope in which an article's undated events meet
// those of other articles (see EventID): the month the article was
// published ("2006-07"), or, when it gives no publication date, the
// article alone.
func ReportedScope(a Article) string {
	if len(a.Published) >= 7 && isMonth(a.Published[:7]) {
		return a.Published[:7]
	}
	return "article " + a.ID
}

// isMonth reports whether s is an ISO year and month, "2006-07".
func isMonth(s string) bool {
	_, err := time.Parse("2006-01", s)
	return err == nil
}

// ClaimID returns the stable ID of the claim of eventID made by sentence
// number sentence of article articleID.
func ClaimID(articleID string, sentence int, eventID string) string {
	return "claim/" + shortHash(articleID+"|"+eventID+"|"+strconv.Itoa(sentence))
}

// ContentID returns a stable article ID for an input with neither id nor URL.
func ContentID(text string) string { return "sha256/" + shortHash(text) }

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:12])
}

package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// listHeadings open a section of links or headlines at the foot of a page
// ("Related news", "See also", "Sources"): what follows them is a list of
// other stories' titles, not this story's text, until prose resumes.
var listHeadings = []string{
	"related news", "related stories", "related articles", "related links", "related coverage",
	"related", "see also", "sources", "source", "external links", "references", "further reading",
	"read also", "read more", "also read", "more stories", "other stories", "more news",
}

// headingOnlyPrefixes are furniturePrefixes that are also ordinary words
// opening a sentence ("Sources said…", "Comments by the minister…"): they
// make a line furniture only as a heading, alone or before a colon.
var headingOnlyPrefixes = map[string]bool{"sources": true, "comments": true, "comment": true, "references": true}

// maxFurnitureLineWords bounds a line that a furniture prefix marks: text
// flattened from a wiki page runs the whole article on one line, and an
// image caption or "Sources…" opening it does not make the story furniture.
const maxFurnitureLineWords = 40

// maxHeadlineWords bounds a headline in a list of related stories.
const maxHeadlineWords = 20

// hasFurniturePrefix reports whether low, a lower-cased line without its
// leading marks, opens with a furniture prefix as a whole word.
func hasFurniturePrefix(low string) bool {
	for _, p := range furniturePrefixes {
		if !strings.HasPrefix(low, p) {
			continue
		}
		rest := low[len(p):]
		r, _ := utf8.DecodeRuneInString(rest)
		if rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) && !strings.HasSuffix(p, ":") {
			continue // "commentators", "subscribers"
		}
		if headingOnlyPrefixes[p] {
			rest = strings.TrimSpace(rest)
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || r == ',') {
				continue // "Sources said", "Comments by the minister"
			}
		}
		return true
	}
	return false
}

// opensList reports whether a line is a heading that opens a list of
// related stories or sources: "Related news", "== See also ==", "Sources:".
func opensList(line string) bool {
	low := strings.ToLower(strings.Trim(line, "=*#:;[](){}<>-–—'\" \t"))
	for _, h := range listHeadings {
		if low == h {
			return true
		}
	}
	return false
}

// bulletMarks open an item of a wiki or plain-text list.
const bulletMarks = "*#•:"

// bulleted reports whether a line opens with a list mark: "* ", "** ",
// ":* ", "• ", "- ".
func bulleted(line string) bool {
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "– ") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line)
	return r != ':' && strings.ContainsRune(bulletMarks, r) || strings.HasPrefix(line, ":*")
}

// headlineShaped reports whether a line reads as a story's title rather
// than a sentence: short, and either without a full stop at the end or
// closing on the date the story ran ("… (2006-03-12)", "…, May 5, 2005").
// A sentence of prose ends in a full stop; a Wikinews lede, the one
// sentence shaped most like a headline, carries a dateline and a stop.
func headlineShaped(line string) bool {
	line = strings.TrimSpace(strings.TrimLeft(line, bulletMarks+"-– \t"))
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > maxHeadlineWords {
		return false
	}
	if endsWithDate(line) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}

// endsWithDate reports whether a line closes on a date: "(2006-03-12)",
// "March 12, 2006", "12 March 2006". After a final stop the date ends a
// sentence of prose ("…scheduled for December 15, 2005.").
func endsWithDate(line string) bool {
	line = strings.TrimSpace(line)
	if strings.HasSuffix(line, ")") {
		open := strings.LastIndexByte(line, '(')
		if open < 0 {
			return false
		}
		line = line[open+1 : len(line)-1]
		if isISODate(line) {
			return true
		}
	}
	words := strings.Fields(line)
	if len(words) < 3 {
		return false
	}
	year := words[len(words)-1]
	if len(year) != 4 || !allDigits(year) {
		return false
	}
	a, b := strings.TrimRight(words[len(words)-3], ","), strings.TrimRight(words[len(words)-2], ",")
	return monthNames[strings.ToLower(a)] && allDigits(b) || allDigits(a) && monthNames[strings.ToLower(b)]
}

// monthNames are the months in full, as dated story lists spell them.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// isISODate reports whether s is a date written 2006-03-12.
func isISODate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// listItem reports whether a line under a list heading still belongs to
// the list: it is bulleted or shaped like a headline. The first line of
// prose ends the list.
func listItem(line string) bool {
	return bulleted(line) || headlineShaped(line)
}

// trailingHeadline reports whether s, the last sentence of a paragraph
// after prev,
// is a headline left standing after the story (a related story whose
// heading was lost when the page was flattened): shaped like a headline
// and set off from the sentence before it by a paragraph break.
func trailingHeadline(body string, prev, s sentence) bool {
	if !headlineShaped(s.text) || innerStop(s.text) {
		return false
	}
	gap := body[prev.end:s.start]
	return strings.Contains(gap, "\n") || len(gap) >= 2
}

// bulletAt reports whether body[i] is a list mark flattened into a
// paragraph (" * item", " *Item", " ** item", " :* item"): a star after a
// space, or after a colon that follows a space, before a space, a link,
// another star or the capital, digit or quote that opens the item.
func bulletAt(body string, a, b, i int) bool {
	if body[i] != '*' || i == a || i+1 >= b {
		return false
	}
	prev := body[i-1]
	if prev == ':' && i-1 > a {
		prev = body[i-2]
	}
	if prev != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(body[i+1:])
	return next == ' ' || next == '[' || next == '*' || next == '\'' || next == '"' || unicode.IsUpper(next) || unicode.IsDigit(next)
}

// innerStop reports whether text holds a full stop inside it, after a word
// that is neither an abbreviation nor an initial: the end of a sentence
// that the splitter left joined to stray words ("…agreement.  publish").
func innerStop(text string) bool {
	words := strings.Fields(text)
	for _, w := range words[:max(0, len(words)-1)] {
		stem, ok := strings.CutSuffix(w, ".")
		if !ok || utf8.RuneCountInString(stem) <= 1 || abbreviations[strings.ToLower(stem)] {
			continue
		}
		return true
	}
	return false
}

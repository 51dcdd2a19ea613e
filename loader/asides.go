package loader

import "github.com/geokg/geokg/graph"

// This file reads past the asides news sets right after a name, between a
// subject and its verb, where the searches for a verb's arguments stop at
// brackets and dashes:
//
//   - a legislator's party and state in any spelling of the state: "Patrick
//     Leahy (D-Vt.) accused Japan", "Al D'Amato (R-N.Y.)", "Robert Byrd
//     (D-W.Va.)", "Dan Glickman (D-Kansas)";
//   - a parliamentarian's seat and party: "Kim Beazley (Brand, Labor)";
//   - a bracket with no words: a state code alone ("Arlen Specter (-PA)")
//     or the commas of a wiki's removed links ("Kim Beazley (, )");
//   - a parenthesis between dashes that ends right before the predicate:
//     "Germany — the largest economy in Europe — criticised France".
//
// The bracketed asides are dropped once, with the acronym glosses
// (glosses.go), before the rules run; the dashes become commas.

// asideEnd returns the ")" closing a bracket right after mention n that
// holds a person's party and seat (see seatBracket) or no words (see
// asideBracket), or -1.
func asideEnd(toks []token, ms []mention, n int) int {
	m := ms[n]
	k := m.last + 1
	if m.place || k >= len(toks) || toks[k].text != "(" {
		return -1
	}
	if m.ent.Kind == graph.Person {
		if end := seatBracket(toks, ms, k); end >= 0 {
			return end
		}
	}
	return asideBracket(toks, m)
}

// seatBracket returns the ")" of a bracket at k after a person's name that
// holds a party letter and a state ("(D-Vt.)", "(R-N.Y.)", "(D-W.Va.)",
// "(R Kansas)", "(R)"), or a seat and a party ("(Brand, Labor)"):
// capitalised words, stops and hyphens, with a comma in the second shape.
// Without a party letter, a bracket naming a country or a person ("(Kim
// Jong-il, North Korea)") is left: it may hold an argument. Else -1.
func seatBracket(toks []token, ms []mention, k int) int {
	if k+1 >= len(toks) {
		return -1
	}
	first := toks[k+1]
	partyLetter := first.caps && !first.punct && (first.norm == "r" || first.norm == "d" || first.norm == "i")
	words, comma := 0, false
	for j := k + 1; j < len(toks) && j <= k+7; j++ {
		u := toks[j]
		switch {
		case u.text == ")":
			if partyLetter || comma && words >= 2 {
				return j
			}
			return -1
		case u.text == ",":
			comma = true
		case u.text == "." || u.text == "-" || u.text == "–":
		case u.upper && !u.digit && !u.punct && !u.poss:
			if n := mentionAt(ms, j); !partyLetter && n >= 0 && (ms[n].ent.Kind == graph.Country || ms[n].ent.Kind == graph.Person) && !ms[n].modifier {
				return -1
			}
			words++
		default:
			return -1
		}
	}
	return -1
}

// mentionAt returns the index of the mention covering token j, or -1.
func mentionAt(ms []mention, j int) int {
	for n, m := range ms {
		if m.first <= j && j <= m.last {
			return n
		}
		if m.first > j {
			break
		}
	}
	return -1
}

// maxDashAside bounds a parenthesis between dashes, in tokens.
const maxDashAside = 15

// commaDashAsides rewrites as commas the em or en dashes that set off a
// parenthesis ending right before a word in lower case: "Germany — the
// largest economy in Europe — criticised France" reads as "Germany, the
// largest economy in Europe, criticised France", an apposition the rules
// read; a dash ends the argument searches. A dash with no partner, or a
// pair followed by a name, a number or a mark, may open a new clause or a
// quotation ("Iran has a right — Khatami said — Britain was told") and is
// left. A double hyphen ("--") does not stop the searches and is left.
func commaDashAsides(toks []token) {
	for k := 1; k < len(toks); k++ {
		if !asideDash(toks[k]) || toks[k-1].punct || k+1 < len(toks) && verbOnly(toks[k+1]) {
			continue // "forces — blamed on Al Qaida — have": a reduced relative, not an apposition
		}
		for j := k + 2; j < len(toks) && j <= k+1+maxDashAside; j++ {
			u := toks[j]
			if asideDash(u) {
				if after := j + 1; after < len(toks) && !toks[after].punct && !toks[after].upper && !toks[after].digit {
					toks[k].text, toks[k].norm = ",", ","
					toks[j].text, toks[j].norm = ",", ","
				}
				k = j
				break
			}
			if u.punct && u.text != "," && u.text != "." {
				break // a bracket, quotation or colon inside: not a plain aside
			}
		}
	}
}

// asideDash reports whether t is a dash that may set off a parenthesis:
// an em dash or an en dash standing apart from the words.
func asideDash(t token) bool {
	return t.punct && (t.text == "—" || t.text == "–")
}

// verbOnly reports whether t is a trigger that is only ever a verb form.
func verbOnly(t token) bool {
	tr := triggers[t.norm]
	return tr != nil && tr.verb && !tr.noun
}

// asideBracket returns the index of the ")" closing a bracket right after
// mention m that holds no words: a legislator's party and state ("John
// Kerry (D-MA)", "Arlen Specter (-PA)") or the commas a wiki's removed
// links left ("Kim Beazley (, )"). Else -1.
func asideBracket(toks []token, m mention) int {
	k := m.last + 1
	if m.place || k >= len(toks) || toks[k].text != "(" {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		u := toks[j]
		switch {
		case u.text == ")":
			return j
		case u.text == "," || u.text == "-" || u.text == "–":
		case u.caps && !u.digit && len(u.norm) <= 3 && (u.hyphen || j > k+1 && (toks[j-1].hyphen || toks[j-1].text == "-")):
			// "D-" and "MA" of "(D-MA)", "PA" of "(-PA)"
		default:
			return -1
		}
	}
	return -1
}

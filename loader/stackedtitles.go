package loader

// This file reads the owner of a rank stacked after another title before
// a name: "United States military spokesperson Major-General X", "army
// spokesman Lt. Col. X", "the Israeli army's chief of staff, Lt. Gen.
// X". The rank next to the name names no state; the title before it does,
// and the holder serves that state in both.

// stackedTitleOwner returns the owner ("of" and country) of the title
// that ends right before the title ending at the name starting at
// toks[first], or else r's own. Both titles are read as titleLead reads
// them.
func (a *article) stackedTitleOwner(toks []token, first int, r office) (of, country string) {
	inner := -1
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if toks[k].punct && toks[k].text != "," && toks[k].text != "." {
			break
		}
		if j, r, ok := a.titleLead(toks, k); ok && j == first && r.title != "" {
			inner = k
		}
	}
	if inner < 1 {
		return r.of, r.country
	}
	for k := inner - 1; k >= 0 && k >= inner-6; k-- {
		if toks[k].punct && toks[k].text != "," {
			break
		}
		if j, outer, ok := a.titleLead(toks, k); ok && j == inner && outer.of != "" {
			return outer.of, outer.country
		}
	}
	return r.of, r.country
}

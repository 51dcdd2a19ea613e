package loader

import "github.com/geokg/geokg/graph"

// A verb that states again an act the article dates elsewhere, with the
// same type, parties and status, is that act: "Borys Wrzesnewskyj has
// resigned ..." in the lead and "Wrzesnewskyj resigned on Wednesday"
// further on are one resignation, and ANNOTATION.md lists it once, with
// the date. A story names a resignation, a visit, a charge or a deal
// between the same parties once; attacks are the exception, since a
// conflict repeats them between the same sides on many days ("Hezbollah
// fired rockets" in a story dated by the raid that began the war), so an
// undated attack stays undated. The twin must be the only dated reading
// of those parties (merge drops the key when two dates compete), and
// what is planned, guessed or denied is no restatement of what was done.

// restatedAct reports whether the undated verb reading c states again the
// one dated event of the same type, parties and status in dated, the
// merge's index of dated readings by eventKey without date.
func restatedAct(c *candidate, dated map[string]*candidate) bool {
	if c.typ == graph.Assault {
		return false
	}
	switch c.status {
	case graph.Planned, graph.Speculated, graph.Denied:
		return false
	}
	o := dated[eventKey(c.typ, c.actors, c.targets, "")]
	return o != nil && o.status == c.status
}

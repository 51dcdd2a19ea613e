package loader

import "github.com/geokg/geokg/graph"

// Talks, meetings and messages "between the two countries" (discourse.go,
// betweenCollective) are those of the two countries last named together,
// so long as no third country came between: "Japan and China named new
// envoys. Negotiations between the two countries resumed", but not
// "Japan and China named new envoys. Vietnam is at odds with China. Talks
// between the two countries broke down". Agreements and cooperation
// "between the two countries" are not read so: they are as often a third
// party's with one of them ("violated agreements between the two
// countries").

// pairHeldSince reports whether the previous sentence named no country
// but x and y.
func (a *article) pairHeldSince(x, y *graph.Entity) bool {
	for _, c := range a.prevCountries {
		if c != x && c != y {
			return false
		}
	}
	return true
}

package eval

// maxMatching pairs left items with right items, each at most once, so
// that as many left items as possible are paired (Kuhn's augmenting paths;
// the lists are small, a few dozen events an article). cands[i] lists the
// right items left item i may pair with, best first: each left item tries
// its best candidate first, so among matchings of maximum size the one
// found leans to good pairs, though it is not guaranteed to have the best
// total score. It returns, for each left item, its right item or -1.
func maxMatching(cands [][]int, right int) []int {
	owner := make([]int, right)
	for j := range owner {
		owner[j] = -1
	}
	var visited []bool
	var augment func(i int) bool
	augment = func(i int) bool {
		for _, j := range cands[i] {
			if visited[j] {
				continue
			}
			visited[j] = true
			if owner[j] < 0 || augment(owner[j]) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range cands {
		visited = make([]bool, right)
		augment(i)
	}
	pair := make([]int, len(cands))
	for i := range pair {
		pair[i] = -1
	}
	for j, i := range owner {
		if i >= 0 {
			pair[i] = j
		}
	}
	return pair
}

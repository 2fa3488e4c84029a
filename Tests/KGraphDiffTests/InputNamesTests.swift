import KGraphDiff
import Testing

@Suite struct InputNamesTests {
    @Test func fileNamesWhenTheyStayApart() {
        #expect(InputNames.display(["x/a.json", "y/b.json", "-"]) == ["a.json", "b.json", "stdin"])
    }

    @Test func pathsWhenFileNamesCollide() {
        #expect(InputNames.display(["x/a.json", "y/a.json"]) == ["x/a.json", "y/a.json"])
    }

    @Test func theSamePathTwiceIsNumbered() {
        #expect(InputNames.display(["a.json", "a.json"]) == ["a.json", "a.json#2"])
    }
}

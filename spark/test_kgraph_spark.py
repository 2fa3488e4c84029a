"""Tests of the Spark job's pieces that need no Spark: how a record is tagged, and how one
partition runs through kgraph. Run by scripts/check-spark.sh (KGRAPH names the binary)."""
import json
import os
import sys
import unittest
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kgraph_spark as ks  # noqa: E402

KGRAPH = os.environ.get("KGRAPH", ".build/release/kgraph")


def args(**kw):
    base = dict(kgraph=KGRAPH, kgraph_archive=None, lexicon=[], min_confidence=None, title=None)
    base.update(kw)
    return SimpleNamespace(**base)


class TagRecord(unittest.TestCase):
    def test_missing_id_and_source_are_appended_as_kgraph_would_give_them(self):
        line = '{"title": "T", "text": "Chile met Peru."}'
        tagged = ks.tag_record(line, 12, "c.jsonl")
        self.assertEqual(tagged, '{"title": "T", "text": "Chile met Peru.", "id": "line-12", "source": "c.jsonl:12"}')
        self.assertTrue(tagged.startswith(line[:-1]))  # the record's own bytes are kept

    def test_an_empty_id_is_replaced_and_a_url_stands_for_the_source(self):
        tagged = json.loads(ks.tag_record('{"id": "", "url": "https://example.org/a", "text": "x"}', 3, "c.jsonl"))
        self.assertEqual(tagged["id"], "line-3")
        self.assertNotIn("source", tagged)

    def test_records_with_their_own_id_and_source_are_left_as_they_are(self):
        for line in ['{"id": 7, "source": "feed:9", "text": "x"}', '{"id": "a", "url": "u", "text": "x"}']:
            self.assertEqual(ks.tag_record(line, 5, "c.jsonl"), line)

    def test_blank_lines_go_and_a_bom_on_the_first_line_is_dropped(self):
        self.assertIsNone(ks.tag_record(" \t\r", 4, "c.jsonl"))
        self.assertEqual(json.loads(ks.tag_record('\ufeff{"id": "a", "source": "s", "text": "x"}', 1, "c.jsonl"))["id"], "a")

    def test_a_line_that_is_not_json_names_its_place(self):
        with self.assertRaisesRegex(ValueError, r"^c\.jsonl:8: "):
            ks.tag_record('{"id": ', 8, "c.jsonl")


class Partition(unittest.TestCase):
    def run_partition(self, lines, **kw):
        return list(ks.extract_partition(args(**kw))(iter(lines)))

    def test_a_partition_gives_its_merged_graph_and_counts(self):
        recs = [ks.tag_record('{"text": "Chile rejected the proposal of Peru."}', 1, "c.jsonl"),
                ks.tag_record('{"text": "Ghana and Togo held talks."}', 2, "c.jsonl")]
        [(fed, skipped, graph)] = self.run_partition(recs)
        self.assertEqual((fed, skipped), (2, 0))
        g = json.loads(graph)
        self.assertEqual(g["title"], "2 articles")
        self.assertEqual([a["source"] for a in g["articles"]], ["c.jsonl:1", "c.jsonl:2"])

    def test_a_partition_of_skipped_records_adds_nothing_and_an_empty_one_runs_nothing(self):
        recs = [ks.tag_record('{"text": "   "}', n, "c.jsonl") for n in (1, 2)]
        self.assertEqual(self.run_partition(recs), [(2, 2, None)])
        self.assertEqual(self.run_partition([]), [])

    def test_records_without_text_or_not_objects_fail_with_their_place(self):
        with self.assertRaisesRegex(ValueError, r'^c\.jsonl:2: missing string field "text"'):
            ks.tag_record('{"id": "a", "title": "no text"}', 2, "c.jsonl")
        with self.assertRaisesRegex(ValueError, r"^c\.jsonl:3: expected a JSON object"):
            ks.tag_record('[1, 2]', 3, "c.jsonl")

    def test_a_bad_record_fails_with_kgraphs_message(self):
        good = '{"id": "a", "source": "s", "text": "Chile met Peru."}'
        with self.assertRaisesRegex(RuntimeError, r'-:2: column \d+'):
            self.run_partition([good, '{"id": "b", "text": "x" "y"}'])

    def test_a_first_record_whose_text_comes_late_is_still_a_record(self):
        line = json.dumps({"id": "long", "source": "s", "title": "t" * 5000, "text": "Chile rejected the proposal of Peru."})
        [(fed, skipped, graph)] = self.run_partition([line])
        self.assertEqual(json.loads(graph)["articles"][0]["id"], "long")

    def test_merging_two_partitions_gives_extract_merge(self):
        recs = [ks.tag_record(l, n, "c.jsonl") for n, l in enumerate(
            ['{"text": "Chile rejected the proposal of Peru."}', '{"text": "Peru and Chile held talks."}',
             '{"text": "Norway supports the plan of Sweden."}'], start=1)]
        whole = self.run_partition(recs)[0][2]
        a, b = self.run_partition(recs[:1])[0][2], self.run_partition(recs[1:])[0][2]
        self.assertEqual(ks.merge_pair(args())(b, a), whole)


if __name__ == "__main__":
    unittest.main()

"""Throughput of the rule finders one by one (people, places, organisations), article by
article, beside ``rjieba.cut`` over the same text in the same run.

    python benchmarks/bench_finders.py                # 300 articles of each kind
    python benchmarks/bench_finders.py --articles 2000

The suite asserts what the finders find, never how fast (shared machines are noisy): this
benchmark is where their speed is measured. The articles are varied (a number and a name
drawn per article) so that no cache makes a repeated article free. CPU time
(``time.process_time``) is reported, and peak RSS of the process at the end.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import time

import rjieba

from baoxun.enrich.orgs import find_organizations
from baoxun.enrich.people import find_people
from baoxun.enrich.places import find_places

SURNAMES, GIVEN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗", "建国明华伟芳丽军强平红海波云霞涛"
SENTENCES = [
    "县委常委、副县长{n}出席活动并讲话，县人大常委会副主任{m}主持。",
    "3月4日，县农业农村局联合县农技推广中心在现代农业示范园开展春耕技术指导。",
    "国网{place}县供电公司、{place}市新绿食品有限公司的职工参加了活动。",
    "今年以来，全县完成固定资产投资{k}亿元，同比增长{g}%，增速居全市第二。",
    "村党支部书记{n}介绍，合作社带动周边120余户村民增收。",
    "产品远销哈萨克斯坦、俄罗斯，鹿家庄村、南垂村和果园村的村民因此受益。",
    "{n}说：“以前家门口的小路坑坑洼洼，现在修成了柏油路，出门方便多了。”",
    "会议强调，要压实各级责任，确保各项任务按时保质完成。",
]
PLACES = ["于都", "临泉", "长治", "阜阳", "赣州", "潞城", "屯留"]


def articles(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)

    def name() -> str:
        return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))

    out = []
    for _ in range(n):
        body = "".join(rng.choice(SENTENCES).format(n=name(), m=name(), place=rng.choice(PLACES),
                                                    k=rng.randint(10, 900), g=rng.randint(1, 30))
                       for _ in range(16))
        out.append(body + str(rng.randint(0, 10**6)))
    return out


def rate(fn, texts: list[str]) -> float:
    fn(texts[0])                        # load tables, segmenter, compiled patterns
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return sum(len(t.encode()) for t in texts) / max(time.process_time() - t0, 1e-9) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    texts = articles(args.articles)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    rows = {
        "rjieba.cut": rate(rjieba.cut, texts),
        "find_people": rate(find_people, texts),
        "find_places": rate(find_places, texts),
        "find_organizations": rate(find_organizations, texts),
    }
    print(f"{len(texts)} articles, {mb:.2f} MB; CPU MB/s, and the ratio to rjieba.cut")
    for k, v in rows.items():
        print(f"  {k:20} {v:7.2f} MB/s   x{v / rows['rjieba.cut']:.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS {peak:.0f} MB")
    print(json.dumps({"articles": len(texts), "mb": round(mb, 3), "peak_rss_mb": round(peak),
                      **{k: round(v, 3) for k, v in rows.items()}}))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates a class of submissions for the grader's batch benchmark, deterministically by seed.

Each submission is a folder holding 01-sigmoid/ ... 05-train/ with the learner's files only (as
listed in katas/katas.json), made from the reference solutions in solutions/. Out of every 100:

  35 correct           the reference solutions as they are;
  40 one mistake       one catalogued mistake (tests/NeuralKatas.Tests/Mutations/mutations.json)
                       applied, the 40 spread evenly over the catalogue (which is in kata order),
                       so every kata has its share;
  10 stubs             every kata as shipped in katas/ (nothing done yet);
  10 partial           the first 1-4 katas solved, the rest as shipped;
   5 compile error     the reference with one semicolon removed from one kata's file.

The kinds are shuffled with the seed, so the same seed gives the same folders byte for byte.

  gen_submissions.py REPO_ROOT OUT_DIR [--count 100] [--seed 20261128]
"""
import argparse
import json
import random
import shutil
from pathlib import Path

SHARES = [("correct", 35), ("mistake", 40), ("stubs", 10), ("partial", 10), ("compile-error", 5)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261128)
    args = parser.parse_args()

    root = args.root.resolve()
    katas = json.loads((root / "katas" / "katas.json").read_text(encoding="utf-8"))["katas"]
    mutations = json.loads((root / "tests/NeuralKatas.Tests/Mutations/mutations.json").read_text(encoding="utf-8"))["mutations"]
    rng = random.Random(args.seed)

    # Kinds in proportion to SHARES (scaled to --count), then shuffled.
    kinds = []
    for kind, share in SHARES:
        kinds += [kind] * round(share * args.count / 100)
    kinds = (kinds + ["correct"] * args.count)[: args.count]
    rng.shuffle(kinds)

    def solution(kata, file):
        return (root / "solutions" / kata["id"] / file).read_text(encoding="utf-8")

    def stub(kata, file):
        return (root / "katas" / kata["id"] / file).read_text(encoding="utf-8")

    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    summary = {}
    mistake_index = 0
    mistakes = kinds.count("mistake")
    for number, kind in enumerate(kinds, start=1):
        files = {(k["id"], f): solution(k, f) for k in katas for f in k["learnerFiles"]}
        label = kind
        if kind == "mistake":
            mutation = mutations[(mistake_index * len(mutations) // mistakes) % len(mutations)]
            mistake_index += 1
            key = (mutation["kata"], mutation["file"])
            text = files[key].replace("\r\n", "\n")
            for replacement in mutation["replacements"]:
                if replacement["find"] not in text:
                    raise SystemExit(f"mutation {mutation['id']}: '{replacement['find']}' not found in {key}")
                text = text.replace(replacement["find"], replacement["replace"], 1)
            files[key] = text
            label = f"mistake {mutation['id']}"
        elif kind == "stubs":
            files = {(k["id"], f): stub(k, f) for k in katas for f in k["learnerFiles"]}
        elif kind == "partial":
            solved = rng.randint(1, len(katas) - 1)
            files = {(k["id"], f): (solution(k, f) if i < solved else stub(k, f))
                     for i, k in enumerate(katas) for f in k["learnerFiles"]}
            label = f"partial {solved} solved"
        elif kind == "compile-error":
            kata = rng.choice(katas)
            key = (kata["id"], kata["learnerFiles"][0])
            text = files[key]
            semicolons = [i for i, c in enumerate(text) if c == ";"]
            cut = rng.choice(semicolons)
            files[key] = text[:cut] + text[cut + 1:]
            label = f"compile error in {key[0]}"
        folder = args.out / f"student-{number:03d}"
        for (kata_id, file), text in files.items():
            path = folder / kata_id / file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        summary[folder.name] = label

    (args.out / ".kinds.json").write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    counts = {}
    for kind in kinds:
        counts[kind] = counts.get(kind, 0) + 1
    print(f"{len(kinds)} submissions in {args.out} (seed {args.seed}): " + ", ".join(f"{v} {k}" for k, v in counts.items()))


if __name__ == "__main__":
    main()

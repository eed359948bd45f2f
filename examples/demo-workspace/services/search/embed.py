"""Retrieval: embed documents and rerank the hits."""
from sentence_transformers import CrossEncoder, SentenceTransformer

embedder = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")
reranker = CrossEncoder("BAAI/bge-reranker-base")

# Evaluated but not shipped: research-only weights.
# candidate = SentenceTransformer("acme/experimental-embedder")  # ai-license-lens-ignore: unknown-model -- internal prototype


def embed(texts):
    return embedder.encode(texts, normalize_embeddings=True)

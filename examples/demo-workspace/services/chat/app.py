"""Acme Assist chat service: routes each request to a local or a hosted model."""
import os

import ollama
from anthropic import Anthropic
from openai import OpenAI
from transformers import AutoModelForCausalLM, AutoTokenizer

# Local reasoning model: MIT-licensed distill, but its base model's terms come along.
REASONER_ID = "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"
tokenizer = AutoTokenizer.from_pretrained(REASONER_ID)
reasoner = AutoModelForCausalLM.from_pretrained(REASONER_ID, torch_dtype="auto")

openai_client = OpenAI()
anthropic_client = Anthropic()


def answer_with_gpt(prompt: str) -> str:
    reply = openai_client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.choices[0].message.content


def answer_with_claude(prompt: str) -> str:
    reply = anthropic_client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.content[0].text


def answer_locally(prompt: str) -> str:
    # Llama 3.1 under the Llama 3.1 Community License: 700M MAU threshold, acceptable-use policy, naming.
    reply = ollama.chat(model="llama3.1:8b", messages=[{"role": "user", "content": prompt}])
    return reply["message"]["content"]


def draft(prompt: str) -> str:
    # Small and fast, but the 3B release is under the Qwen research license.
    from transformers import pipeline
    generator = pipeline("text-generation", model="Qwen/Qwen2.5-3B-Instruct")
    return generator(prompt, max_new_tokens=128)[0]["generated_text"]


def summarize(text: str) -> str:
    model = os.environ.get("SUMMARY_MODEL", "mistralai/Mistral-7B-Instruct-v0.3")
    return f"[{model}] {text[:200]}"

# An inventory report with f-string tables, grouping and totals.
products = [
    ("A-100", "Widget", "hardware", 25, 2.50),
    ("A-101", "Gadget", "hardware", 4, 12.99),
    ("B-200", "Manual", "books", 120, 0.99),
    ("B-201", "Guide, 2nd ed.", "books", 0, 24.00),
    ("C-300", "Cable 2m", "electrical", 310, 1.25),
    ("C-301", "Adapter", "electrical", 15, 7.5),
    ("A-102", "Sprocket", "hardware", 1000, 0.05),
]
LOW_STOCK = 5
def money(x):
    return f"${x:,.2f}"
header = f"{'SKU':<6} | {'Name':<15} | {'Category':<10} | {'Qty':>5} | {'Price':>8} | {'Value':>10}"
print(header)
print("-" * len(header))
total_value = 0
for sku, name, cat, qty, price in sorted(products, key=lambda p: (p[2], p[0])):
    value = qty * price
    total_value += value
    flag = " LOW" if qty <= LOW_STOCK else ""
    print(f"{sku:<6} | {name:<15.15} | {cat:<10} | {qty:>5,} | {money(price):>8} | {money(value):>10}{flag}")
print("-" * len(header))
print(f"{'TOTAL':<6} | {'':<15} | {'':<10} | {sum([p[3] for p in products]):>5,} | {'':>8} | {money(total_value):>10}")
print()
by_cat = {}
for sku, name, cat, qty, price in products:
    entry = by_cat.setdefault(cat, {"items": 0, "units": 0, "value": 0.0})
    entry["items"] += 1
    entry["units"] += qty
    entry["value"] += qty * price
print(f"{'Category':<12}{'Items':>6}{'Units':>8}{'Value':>12}{'Share':>8}")
for cat, e in sorted(by_cat.items(), key=lambda kv: -kv[1]["value"]):
    print(f"{cat:<12}{e['items']:>6}{e['units']:>8,}{money(e['value']):>12}{e['value'] / total_value:>8.1%}")
low = [p[1] for p in products if p[3] <= LOW_STOCK]
print(f"\nLow stock ({len(low)}): {', '.join(low)}")
most = max(products, key=lambda p: p[3] * p[4])
print(f"Most valuable line: {most[1]!r} worth {money(most[3] * most[4])}")
print(f"Average price: {sum([p[4] for p in products]) / len(products):.3f}")

# Uncaught error raised in a method called from another method.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        return self.balance
    def pay_all(self, bills):
        for bill in bills:
            self.withdraw(bill)
            print(f"paid {bill}, left {self.balance}")
acct = Account("ann", 100)
acct.pay_all([30, 50, 40])
